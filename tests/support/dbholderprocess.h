#pragma once

// Runs tests/support/dbholder.cpp as a real child process that holds a database open.

#include <QProcess>
#include <QString>

class DbHolderProcess
{
public:
    // Starts the holder on path and waits until it has the file open.
    explicit DbHolderProcess(const QString &path)
    {
        m_process.start(QStringLiteral(TENANTDESK_DBHOLDER_PATH), {path});
        m_ready = m_process.waitForStarted(10000) && m_process.waitForReadyRead(10000)
                && m_process.readLine().trimmed() == "ready";
    }
    ~DbHolderProcess() { stop(); }
    DbHolderProcess(const DbHolderProcess &) = delete;
    DbHolderProcess &operator=(const DbHolderProcess &) = delete;

    bool isReady() const { return m_ready; }
    qint64 pid() const { return m_process.processId(); }
    // Lets it close the database and exit.
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(10000);
    }

private:
    QProcess m_process;
    bool m_ready = false;
};
