#pragma once

#include "ui_noticebar.h"

#include <QFrame>

namespace tenantdesk {

// An inline, non-blocking message above the content (like KMessageWidget): the admin
// reads it when they like and closes it, nothing waits for a click.
class NoticeBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Demo };

    explicit NoticeBar(QWidget *parent = nullptr);

    void setClosable(bool closable);
    QString text() const;
    // The kind of the message shown last.
    Kind kind() const { return m_kind; }
    // Shows the bar with this message (replacing the one shown).
    void showMessage(const QString &text, Kind kind = Kind::Information);

private:
    Ui::NoticeBar ui;
    Kind m_kind = Kind::Information;
};

} // namespace tenantdesk
