#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace tenantdesk {

// Help ▸ User Guide: the user guide as installed (DOCDIR/docs/user-guide.md, found relative
// to the program like the migrations; the build tree links the source folder's docs/), opened
// with the desktop's viewer. Where nothing can open it, a message shows its path.
class UserGuide
{
    Q_DECLARE_TR_FUNCTIONS(UserGuide)

public:
    // The guide's path, or empty when it is not installed.
    static QString path();
    static void open(QWidget *parent);
};

} // namespace tenantdesk
