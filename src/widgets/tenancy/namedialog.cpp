#include "widgets/tenancy/namedialog.h"

#include "core/tenancy/tenancytypes.h"

#include <QPushButton>
#include <QRegularExpression>

namespace tenantdesk {

NameDialog::NameDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    ui.setupUi(this);
    ui.problemLabel->setStyleSheet(QStringLiteral("color: palette(link);"));
    if (mode == Mode::Rename) {
        ui.slugEdit->setReadOnly(true);
        ui.slugEdit->setToolTip(tr("Slugs cannot be changed: aistack refers to them."));
        ui.buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Rename"));
    } else {
        ui.buttonBox->button(QDialogButtonBox::Ok)->setText(tr("C&reate"));
    }
    connect(ui.nameEdit, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (m_mode == Mode::Create && !m_slugEdited)
            ui.slugEdit->setText(slugFromName(name));
        validate();
    });
    connect(ui.slugEdit, &QLineEdit::textEdited, this, [this] {
        m_slugEdited = true;
        validate();
    });
    validate();
}

void NameDialog::setIntro(const QString &text)
{
    ui.introLabel->setText(text);
}

void NameDialog::setName(const QString &name)
{
    ui.nameEdit->setText(name);
    ui.nameEdit->selectAll();
    validate();
}

void NameDialog::setSlug(const QString &slug)
{
    ui.slugEdit->setText(slug);
    m_slugEdited = !slug.isEmpty();
    validate();
}

QString NameDialog::name() const
{
    return ui.nameEdit->text();
}

QString NameDialog::slug() const
{
    return ui.slugEdit->text();
}

QString NameDialog::slugFromName(const QString &name)
{
    static const QRegularExpression notAllowed(QStringLiteral("[^a-z0-9]+"));
    // Decomposed, then without the accents: "Café" -> "cafe".
    QString slug;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if (c.category() != QChar::Mark_NonSpacing)
            slug += c;
    }
    slug.replace(notAllowed, QStringLiteral("-"));
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    slug.truncate(63);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug;
}

void NameDialog::validate()
{
    QString problem;
    if (auto valid = validateName(ui.nameEdit->text()); !valid)
        problem = ui.nameEdit->text().isEmpty() ? QString() : valid.error().message;
    if (problem.isEmpty() && m_mode == Mode::Create && !ui.slugEdit->text().isEmpty()) {
        if (auto valid = validateSlug(ui.slugEdit->text()); !valid)
            problem = valid.error().message;
    }
    const bool complete = validateName(ui.nameEdit->text()).ok()
            && (m_mode == Mode::Rename || isValidSlug(ui.slugEdit->text()));
    ui.problemLabel->setText(problem);
    ui.problemLabel->setVisible(!problem.isEmpty());
    ui.buttonBox->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

} // namespace tenantdesk
