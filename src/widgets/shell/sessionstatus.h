#pragma once

#include <QWidget>

class QLabel;

namespace tenantdesk {

class Session;

// The status bar's permanent part: who is signed in, their global role and their
// effective role in the active tenant/workspace (AccessPolicy, on the worker thread).
class SessionStatus : public QWidget
{
    Q_OBJECT

public:
    explicit SessionStatus(Session *session, QWidget *parent = nullptr);

    QString text() const;

private:
    void update();

    Session *m_session;
    QLabel *m_icon;
    QLabel *m_label;
    quint64 m_serial = 0;
};

} // namespace tenantdesk
