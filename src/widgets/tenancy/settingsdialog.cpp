#include "widgets/tenancy/settingsdialog.h"

#include "models/tenancy/settingsrowsmodel.h"
#include "widgets/common/icons.h"
#include "widgets/tenancy/settingsdelegate.h"

#include <QAction>
#include <QHeaderView>
#include <QJsonDocument>
#include <QPushButton>

#include <algorithm>

namespace tenantdesk {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_rows(new SettingsRowsModel(this))
{
    ui.setupUi(this);
    setWindowTitle(tr("Edit settings"));
    ui.rowsView->setModel(m_rows);
    ui.rowsView->setItemDelegate(new SettingsDelegate(this));
    ui.rowsView->horizontalHeader()->setSectionResizeMode(SettingsRowsModel::KeyColumn,
                                                          QHeaderView::Interactive);
    ui.rowsView->horizontalHeader()->resizeSection(SettingsRowsModel::KeyColumn, 180);
    ui.rowsView->horizontalHeader()->resizeSection(SettingsRowsModel::TypeColumn, 120);
    ui.addButton->setIcon(Icons::themed(QStringLiteral("list-add")));
    ui.removeButton->setIcon(Icons::themed(QStringLiteral("edit-delete")));
    ui.problemLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    ui.previewEdit->setFont(QFont(QStringLiteral("monospace")));
    ui.previewEdit->setVisible(false);

    auto *addShortcut = new QAction(this);
    addShortcut->setShortcut(QKeySequence::New);
    connect(addShortcut, &QAction::triggered, this, &SettingsDialog::addRow);
    addAction(addShortcut);
    auto *removeShortcut = new QAction(this);
    removeShortcut->setShortcut(QKeySequence::Delete);
    removeShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(removeShortcut, &QAction::triggered, this, &SettingsDialog::removeSelectedRows);
    ui.rowsView->addAction(removeShortcut);

    connect(ui.addButton, &QPushButton::clicked, this, &SettingsDialog::addRow);
    connect(ui.removeButton, &QPushButton::clicked, this, &SettingsDialog::removeSelectedRows);
    connect(ui.previewCheck, &QCheckBox::toggled, ui.previewEdit, &QWidget::setVisible);
    connect(m_rows, &QAbstractItemModel::dataChanged, this, &SettingsDialog::validate);
    connect(m_rows, &QAbstractItemModel::rowsInserted, this, &SettingsDialog::validate);
    connect(m_rows, &QAbstractItemModel::rowsRemoved, this, &SettingsDialog::validate);
    connect(m_rows, &QAbstractItemModel::modelReset, this, &SettingsDialog::validate);
    connect(ui.rowsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { ui.removeButton->setEnabled(ui.rowsView->selectionModel()->hasSelection()); });
    ui.removeButton->setEnabled(false);
    validate();
}

void SettingsDialog::setIntro(const QString &text)
{
    ui.introLabel->setText(text);
}

void SettingsDialog::setSettings(const QJsonObject &settings)
{
    m_original = settings;
    m_rows->setObject(settings);
}

QJsonObject SettingsDialog::settings() const
{
    auto object = m_rows->toObject();
    return object ? *object : m_original;
}

void SettingsDialog::addRow()
{
    const QModelIndex key = m_rows->appendRow();
    ui.rowsView->setCurrentIndex(key);
    ui.rowsView->edit(key);
}

void SettingsDialog::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : ui.rowsView->selectionModel()->selectedIndexes()) {
        if (!rows.contains(index.row()))
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_rows->removeRows(row, 1);
}

void SettingsDialog::validate()
{
    auto object = m_rows->toObject();
    ui.problemLabel->setText(object ? QString() : object.error().message);
    ui.problemLabel->setVisible(!object);
    if (object)
        ui.previewEdit->setPlainText(
                QString::fromUtf8(QJsonDocument(*object).toJson(QJsonDocument::Indented)));
    QPushButton *save = ui.buttonBox->button(QDialogButtonBox::Save);
    save->setEnabled(object && *object != m_original);
    save->setToolTip(!object ? object.error().message
                             : (*object == m_original ? tr("Nothing has changed.") : QString()));
}

} // namespace tenantdesk
