#pragma once

#include <QObject>

class QAbstractItemView;

namespace tenantdesk {

// Cells that do not fit their column are elided ("Acme Worldwide Hold…"); hovering one, or
// asking for its tooltip, shows the whole text — unless the model has a tooltip of its own.
// Install once per view: ElidedToolTips::install(view).
class ElidedToolTips : public QObject
{
    Q_OBJECT

public:
    static void install(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ElidedToolTips(QAbstractItemView *view);

    QAbstractItemView *m_view;
};

} // namespace tenantdesk
