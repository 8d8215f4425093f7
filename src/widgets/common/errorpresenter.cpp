#include "widgets/common/errorpresenter.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace tenantdesk::ErrorPresenter {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::ErrorPresenter::Strings)
};

} // namespace

QMessageBox *show(QWidget *parent, const QString &title, const Error &error,
                  const std::function<void()> &retry)
{
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(title);
    box->setText(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    if (error.retryable) {
        box->setIcon(QMessageBox::Warning);
        box->setInformativeText(
                Strings::tr("The database is busy: another program (for example the aistack "
                            "server) is writing to it. Nothing was changed. Retry in a "
                            "moment."));
        box->setDetailedText(error.message);
    } else {
        box->setIcon(error.code == ErrorCode::Denied ? QMessageBox::Information
                                                     : QMessageBox::Critical);
        box->setInformativeText(error.message);
    }
    if (error.retryable && retry) {
        QPushButton *retryButton = box->addButton(Strings::tr("&Retry"), QMessageBox::AcceptRole);
        box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(retryButton);
        QObject::connect(box, &QDialog::finished, box, [box, retryButton, retry] {
            if (box->clickedButton() == retryButton)
                retry();
        });
    } else {
        box->addButton(QMessageBox::Close);
    }
    box->open();
    return box;
}

} // namespace tenantdesk::ErrorPresenter
