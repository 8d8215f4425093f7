#pragma once

#include "ui_namedialog.h"

#include <QDialog>

namespace tenantdesk {

// Asks for the name and slug of a new tenant or workspace, or a new name for an existing
// one. Checks the form locally (core's validateName/validateSlug) as the admin types;
// uniqueness is core's to check on save.
class NameDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, Rename };

    NameDialog(Mode mode, QWidget *parent = nullptr);

    void setIntro(const QString &text);
    void setName(const QString &name);
    void setSlug(const QString &slug);
    QString name() const;
    QString slug() const;

    // A slug derived from a name: "Wide World Importers" -> "wide-world-importers".
    static QString slugFromName(const QString &name);

private:
    void validate();

    Ui::NameDialog ui;
    Mode m_mode;
    bool m_slugEdited = false;
};

} // namespace tenantdesk
