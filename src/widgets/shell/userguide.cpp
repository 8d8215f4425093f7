#include "widgets/shell/userguide.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QUrl>

namespace tenantdesk {

QString UserGuide::path()
{
    const QString fromProgram = QDir::cleanPath(
            QDir(QCoreApplication::applicationDirPath())
                    .filePath(QStringLiteral(TENANTDESK_DOCS_FROM_PROGRAM_DIR "/user-guide.md")));
    for (const QString &candidate :
         {fromProgram, QStringLiteral("/usr/share/doc/tenantdesk/docs/user-guide.md")}) {
        if (QFileInfo::exists(candidate))
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

void UserGuide::open(QWidget *parent)
{
    const QString guide = path();
    if (!guide.isEmpty() && QDesktopServices::openUrl(QUrl::fromLocalFile(guide)))
        return;
    auto *box = new QMessageBox(QMessageBox::Information, tr("User Guide"),
                                guide.isEmpty()
                                        ? tr("The user guide is not installed on this computer. "
                                             "It is docs/user-guide.md in TenantDesk's sources.")
                                        : tr("No program here opens the user guide. It is at "
                                             "%1.")
                                                  .arg(QDir::toNativeSeparators(guide)),
                                QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box->open();
}

} // namespace tenantdesk
