// The dialogs of the tenants and workspaces pages, offscreen: the settings editor's
// validation, the delete confirmation, the name dialog and the busy-database message.

#include "support/modeltesting.h"

#include "models/tenancy/settingsrowsmodel.h"
#include "widgets/common/errorpresenter.h"
#include "widgets/tenancy/deletedialog.h"
#include "widgets/tenancy/namedialog.h"
#include "widgets/tenancy/settingsdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>

using namespace tenantdesk;

namespace {

using Type = SettingsRowsModel::ValueType;

QJsonObject sample()
{
    return {{QStringLiteral("plan"), QStringLiteral("enterprise")},
            {QStringLiteral("seats"), 250},
            {QStringLiteral("ratio"), 0.75},
            {QStringLiteral("sso"), true},
            {QStringLiteral("contact"), QJsonValue::Null},
            {QStringLiteral("limits"), QJsonObject{{QStringLiteral("rpm"), 600}}},
            {QStringLiteral("features"), QJsonArray{QStringLiteral("sso"), 2}}};
}

int rowOf(const SettingsRowsModel &model, const QString &key)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, SettingsRowsModel::KeyColumn).data().toString() == key)
            return row;
    }
    return -1;
}

} // namespace

class TestSettingsEditor : public QObject
{
    Q_OBJECT

private slots:
    void rowsRoundTripEveryJsonType();
    void invalidValuesAreNamedPerRow_data();
    void invalidValuesAreNamedPerRow();
    void duplicateAndEmptyKeysAreRefused();
    void changingTheTypeKeepsTheRowValid();
    void saveIsEnabledOnlyForValidChanges();
    void deleteNeedsTheTypedSlugAndNamesWhatGoes();
    void nameDialogDerivesAValidSlug();
    void busyErrorOffersRetry();
};

void TestSettingsEditor::rowsRoundTripEveryJsonType()
{
    SettingsRowsModel model;
    const auto tester = modelTester(&model);
    model.setObject(sample());
    QCOMPARE(model.rowCount(), 7);
    QVERIFY(model.isValid());
    QCOMPARE(*model.toObject(), sample());
    const int seats = rowOf(model, QStringLiteral("seats"));
    QCOMPARE(model.index(seats, SettingsRowsModel::TypeColumn).data(Qt::EditRole).toInt(),
             int(Type::Number));
    QCOMPARE(model.index(seats, SettingsRowsModel::ValueColumn).data().toString(),
             QStringLiteral("250"));
    const int limits = rowOf(model, QStringLiteral("limits"));
    QCOMPARE(model.index(limits, SettingsRowsModel::ValueColumn).data().toString(),
             QStringLiteral("{\"rpm\":600}"));
    // Strings are typed without quotes.
    const int plan = rowOf(model, QStringLiteral("plan"));
    QVERIFY(model.setData(model.index(plan, SettingsRowsModel::ValueColumn),
                          QStringLiteral("say \"hi\"")));
    QCOMPARE(model.toObject()->value(QStringLiteral("plan")).toString(),
             QStringLiteral("say \"hi\""));
}

void TestSettingsEditor::invalidValuesAreNamedPerRow_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("number") << int(Type::Number) << QStringLiteral("-1.5e3") << true;
    QTest::newRow("not a number") << int(Type::Number) << QStringLiteral("12 monkeys") << false;
    QTest::newRow("quoted number") << int(Type::Number) << QStringLiteral("\"12\"") << false;
    QTest::newRow("boolean") << int(Type::Boolean) << QStringLiteral("false") << true;
    QTest::newRow("yes is not a boolean") << int(Type::Boolean) << QStringLiteral("yes") << false;
    QTest::newRow("object") << int(Type::Object) << QStringLiteral("{\"a\": [1, {\"b\": null}]}")
                            << true;
    QTest::newRow("array as object") << int(Type::Object) << QStringLiteral("[1]") << false;
    QTest::newRow("malformed object") << int(Type::Object) << QStringLiteral("{\"a\": }") << false;
    QTest::newRow("array") << int(Type::Array) << QStringLiteral("[\"x\", 2, true]") << true;
    QTest::newRow("object as array") << int(Type::Array) << QStringLiteral("{}") << false;
    QTest::newRow("any text") << int(Type::String) << QStringLiteral("{not json}") << true;
}

void TestSettingsEditor::invalidValuesAreNamedPerRow()
{
    QFETCH(int, type);
    QFETCH(QString, text);
    QFETCH(bool, valid);
    SettingsRowsModel model;
    const QModelIndex key = model.appendRow();
    QVERIFY(model.setData(key, QStringLiteral("value")));
    QVERIFY(model.setData(key.siblingAtColumn(SettingsRowsModel::TypeColumn), type));
    QVERIFY(model.setData(key.siblingAtColumn(SettingsRowsModel::ValueColumn), text));
    QCOMPARE(model.isValid(), valid);
    QCOMPARE(model.toObject().ok(), valid);
    if (!valid) {
        QVERIFY(model.firstProblem().startsWith(QStringLiteral("Row 1:")));
        QVERIFY(!key.data(SettingsRowsModel::ProblemRole).toString().isEmpty());
        QVERIFY(key.data(Qt::BackgroundRole).isValid()); // marked in the table
    }
}

void TestSettingsEditor::duplicateAndEmptyKeysAreRefused()
{
    SettingsRowsModel model;
    model.setObject({{QStringLiteral("plan"), QStringLiteral("x")}});
    const QModelIndex added = model.appendRow();
    QVERIFY(!model.isValid()); // empty key
    QVERIFY(model.firstProblem().contains(QStringLiteral("empty")));
    QVERIFY(model.setData(added, QStringLiteral("plan")));
    QVERIFY(model.firstProblem().contains(QStringLiteral("twice")));
    QVERIFY(model.setData(added, QStringLiteral("plan2")));
    QVERIFY(model.isValid());
    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(*model.toObject(), (QJsonObject{{QStringLiteral("plan2"), QString()}}));
}

void TestSettingsEditor::changingTheTypeKeepsTheRowValid()
{
    SettingsRowsModel model;
    model.setObject({{QStringLiteral("k"), QStringLiteral("text")}});
    const QModelIndex type = model.index(0, SettingsRowsModel::TypeColumn);
    QVERIFY(model.setData(type, int(Type::Boolean)));
    QCOMPARE(model.toObject()->value(QStringLiteral("k")), QJsonValue(false));
    QVERIFY(model.setData(type, int(Type::Null)));
    QVERIFY(model.toObject()->value(QStringLiteral("k")).isNull());
    QVERIFY(!(model.flags(model.index(0, SettingsRowsModel::ValueColumn)) & Qt::ItemIsEditable));
    QVERIFY(model.setData(type, int(Type::Array)));
    QCOMPARE(model.toObject()->value(QStringLiteral("k")), QJsonValue(QJsonArray()));
}

void TestSettingsEditor::saveIsEnabledOnlyForValidChanges()
{
    SettingsDialog dialog;
    dialog.setSettings(sample());
    dialog.show();
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"));
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    QVERIFY(!save->isEnabled()); // nothing changed yet
    SettingsRowsModel *rows = dialog.rows();
    const int seats = rowOf(*rows, QStringLiteral("seats"));
    QVERIFY(rows->setData(rows->index(seats, SettingsRowsModel::ValueColumn),
                          QStringLiteral("many")));
    QVERIFY(!save->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QStringLiteral("not a number")));
    QVERIFY(rows->setData(rows->index(seats, SettingsRowsModel::ValueColumn),
                          QStringLiteral("300")));
    QVERIFY(save->isEnabled());
    QVERIFY(!problem->isVisible());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.settings().value(QStringLiteral("seats")).toInt(), 300);
}

void TestSettingsEditor::deleteNeedsTheTypedSlugAndNamesWhatGoes()
{
    DeleteDialog dialog(DeleteDialog::Kind::Tenant, QStringLiteral("Acme"), QStringLiteral("acme"),
                        DeletionImpact{4, 17, {}, 0});
    dialog.show();
    const QString message = dialog.findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
    QVERIFY(message.contains(QStringLiteral("Acme")));
    QVERIFY(message.contains(QStringLiteral("4 workspaces")));
    QVERIFY(message.contains(QStringLiteral("17 memberships")));
    auto *confirm = dialog.findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
    QVERIFY(!dialog.deleteButton()->isEnabled());
    QTest::keyClicks(confirm, QStringLiteral("acm"));
    QVERIFY(!dialog.deleteButton()->isEnabled());
    QTest::keyClicks(confirm, QStringLiteral("e"));
    QVERIFY(dialog.deleteButton()->isEnabled());
    QTest::keyClick(confirm, Qt::Key_Return); // Enter does not delete: Cancel is the default
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    dialog.show();
    QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.typedSlug(), QStringLiteral("acme"));
}

void TestSettingsEditor::nameDialogDerivesAValidSlug()
{
    QCOMPARE(NameDialog::slugFromName(QStringLiteral("Wide World Importers")),
             QStringLiteral("wide-world-importers"));
    QCOMPARE(NameDialog::slugFromName(QStringLiteral("  Café Müller & Söhne!")),
             QStringLiteral("cafe-muller-sohne"));
    NameDialog dialog(NameDialog::Mode::Create);
    dialog.show();
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                       ->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(name, QStringLiteral("Northwind Traders"));
    QCOMPARE(dialog.slug(), QStringLiteral("northwind-traders"));
    QVERIFY(ok->isEnabled());
    auto *slug = dialog.findChild<QLineEdit *>(QStringLiteral("slugEdit"));
    slug->clear();
    QTest::keyClicks(slug, QStringLiteral("-Bad"));
    QVERIFY(!ok->isEnabled());
}

void TestSettingsEditor::busyErrorOffersRetry()
{
    Error busy = failure(QStringLiteral("The database x.db is locked by another process."));
    busy.retryable = true;
    int retries = 0;
    QString informative;
    // The box opens without an event loop of its own (callers are result callbacks).
    QMessageBox *shown = ErrorPresenter::show(
            nullptr, QStringLiteral("Could not rename the tenant"), busy, [&] { ++retries; });
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    QVERIFY(box);
    QCOMPARE(box, shown);
    const QPointer<QMessageBox> alive(box);
    informative = box->informativeText();
    QCOMPARE(retries, 0);
    for (QAbstractButton *button : box->buttons()) {
        if (button->text().contains(QStringLiteral("Retry")))
            button->click();
    }
    QCOMPARE(retries, 1);
    QVERIFY(informative.contains(QStringLiteral("busy")));
    QTRY_VERIFY(!alive); // it deletes itself once answered
}

QTEST_MAIN(TestSettingsEditor)
#include "tst_settingseditor.moc"
