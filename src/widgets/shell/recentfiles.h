#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace tenantdesk {

// The databases opened last (QSettings key "recentFiles", newest first, at most
// maximumCount()), and File ▸ Open Recent built from them.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    explicit RecentFiles(QObject *parent = nullptr);

    static int maximumCount() { return 8; }
    static QString settingsKey() { return QStringLiteral("recentFiles"); }

    QStringList files() const;
    // Moves path to the top of the list (adding it when new).
    void add(const QString &path);
    void clear();

    // Fills menu with the files each time it opens; choosing one emits openRequested.
    void attach(QMenu *menu);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void fill(QMenu *menu);
};

} // namespace tenantdesk
