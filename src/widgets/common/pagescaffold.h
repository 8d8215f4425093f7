#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

class QAbstractItemView;
class QAction;
class QBoxLayout;
class QLabel;
class QLineEdit;
class QToolBar;
class QWidget;

namespace tenantdesk {

class PagedModelBase;

// What every page of the central area has around its content, written once: a heading, a
// search field that filters a moment after the last keystroke (at once on Return), page
// actions (on a toolbar, in the view's context menu and in pageActions() for the menu bar,
// with shortcuts that work while the page has focus) and a status line saying what the
// model shows: loading, the load error, nothing, or how many rows. A page builds its form
// and hands the scaffold the widgets; ListPage, MembershipsPage and AuditPage use it.
class PageScaffold : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        QWidget *page = nullptr;
        QLabel *heading = nullptr;
        QLineEdit *search = nullptr; // Ctrl+F lands here
        QBoxLayout *toolbarArea = nullptr;
        QAbstractItemView *view = nullptr; // gets the actions as its context menu
        QLabel *status = nullptr;
    };

    // What the status line says, in the page's own words (whole sentences).
    struct StatusTexts
    {
        // While this gives a text, the status line shows only it ("Switch to a tenant…").
        std::function<QString()> unavailable;
        // The model's load error, as core worded it.
        std::function<QString(const QString &error)> failed;
        // No rows; searching: the search field is not empty.
        std::function<QString(bool searching)> empty;
        // rows: the model's row count; complete: it is the whole list (counted), not the
        // first page while the count runs.
        std::function<QString(int rows, bool complete)> count;
    };

    // toolbarName: the toolbar's accessible name.
    PageScaffold(const Parts &parts, const QString &toolbarName);

    void setHeading(const QString &text);
    void setSearchPlaceholder(const QString &text);
    void focusSearch();
    // The search text without surrounding blanks.
    QString searchText() const;

    // apply runs a moment after the search field (or another input that calls filterLater())
    // last changed, or at once on Return in the search field and on filterNow().
    void setFilterHandler(std::function<void()> apply);
    void filterLater();
    void filterNow();

    // An action on the toolbar, in the view's context menu and in actions(). Its data() keeps
    // toolTip, the tip it shows while it is available.
    QAction *addAction(const QString &text, const QString &iconName, const QKeySequence &shortcut,
                       const QString &toolTip, std::function<void()> triggered);
    QList<QAction *> actions() const { return m_actions; }
    QToolBar *toolbar() const { return m_toolbar; }

    // Puts the reasons of the page's unavailable actions into the window's status bar, for a
    // keyboard user who cannot hover a disabled button. Done when the view gets the focus
    // and when its current row changes while it has it; pages call it after re-gating.
    void announceUnavailable();
    // The sentences announceUnavailable() shows ("Rename Tenant is not available: …").
    QStringList unavailableReasons() const;

    // The status line follows model: its loading, errors, refreshes and resets.
    void watch(PagedModelBase *model, StatusTexts texts);
    void updateStatus();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString statusText() const;

    Parts m_parts;
    QToolBar *m_toolbar;
    QList<QAction *> m_actions;
    QTimer m_filterDelay;
    std::function<void()> m_applyFilter;
    PagedModelBase *m_model = nullptr;
    StatusTexts m_texts;
    QString m_error;
};

} // namespace tenantdesk
