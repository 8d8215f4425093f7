#include "widgets/common/errorpresenter.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace tenantdesk::ErrorPresenter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tenantdesk::ErrorPresenter", text);
}

} // namespace

void show(QWidget *parent, const QString &title, const Error &error,
          const std::function<void()> &retry)
{
    QMessageBox box(parent);
    box.setWindowTitle(title);
    box.setText(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    if (error.retryable) {
        box.setIcon(QMessageBox::Warning);
        box.setInformativeText(tr("The database is busy: another program (for example the aistack "
                                  "server) is writing to it. Nothing was changed. Retry in a "
                                  "moment."));
        box.setDetailedText(error.message);
    } else {
        box.setIcon(error.code == ErrorCode::Denied ? QMessageBox::Information
                                                    : QMessageBox::Critical);
        box.setInformativeText(error.message);
    }
    QPushButton *retryButton = nullptr;
    if (error.retryable && retry) {
        retryButton = box.addButton(tr("&Retry"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(retryButton);
    } else {
        box.addButton(QMessageBox::Close);
    }
    box.exec();
    if (retryButton && box.clickedButton() == retryButton)
        retry();
}

} // namespace tenantdesk::ErrorPresenter
