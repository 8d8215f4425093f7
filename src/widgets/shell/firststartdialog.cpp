#include "widgets/shell/firststartdialog.h"

#include "widgets/common/icons.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>
#include <QStyle>

namespace tenantdesk {

FirstStartDialog::FirstStartDialog(const QString &newDatabasePath, QWidget *parent)
    : QDialog(parent)
{
    ui.setupUi(this);
    ui.iconLabel->setPixmap(Icons::application().pixmap(48, 48));
    ui.pathEdit->setText(QDir::toNativeSeparators(newDatabasePath));
    ui.pathEdit->setToolTip(ui.pathEdit->text());
    ui.pathEdit->setMinimumWidth(fontMetrics().horizontalAdvance(ui.pathEdit->text()) + 24);
    m_create = ui.buttons->addButton(tr("&Create Database"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    m_open = ui.buttons->addButton(tr("&Open an Existing Database…"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openButton"));
    connect(m_create, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Create;
        accept();
    });
    connect(m_open, &QPushButton::clicked, this, &FirstStartDialog::chooseExisting);
    connect(ui.buttons, &QDialogButtonBox::rejected, this, [this] {
        m_choice = Choice::Cancel;
        reject();
    });
}

void FirstStartDialog::chooseExisting()
{
    auto *dialog = new QFileDialog(this, tr("Open an Existing Database"), QDir::homePath(),
                                   tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_existingPath = file;
        m_choice = Choice::OpenExisting;
        accept();
    });
    dialog->open();
}

} // namespace tenantdesk
