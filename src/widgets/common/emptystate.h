#pragma once

#include "ui_emptystate.h"

#include <QWidget>

class QAction;

namespace tenantdesk {

// A centred explanation where content would be (a database without tenancy tables, no
// access yet), with the one action that helps.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    void setText(const QString &text);
    QString text() const;
    // The button shows and triggers this action (hidden without one).
    void setAction(QAction *action);

private:
    Ui::EmptyState ui;
};

} // namespace tenantdesk
