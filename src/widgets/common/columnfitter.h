#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace tenantdesk {

// Keeps a table's columns inside its viewport: while the widths the page chose fit, they
// are kept (a Stretch column or the last section takes the rest); when the view is
// narrower, every column shrinks in proportion (down to a readable minimum) and its cells
// elide, with the full text in a tooltip (ElidedToolTips). No column is cut off at the
// right edge and the view never needs a horizontal scroll bar at the default sizes.
class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    // Call after the view's model is set and its preferred widths are set.
    static ColumnFitter *install(QTableView *view);

    // Fits the columns to the viewport now (also done on every resize).
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ColumnFitter(QTableView *view);

    QTableView *m_view;
    QList<int> m_preferred; // by logical section, recorded on the first fit
    bool m_fitting = false;
};

} // namespace tenantdesk
