// The bundled icons: where the desktop's theme has none (offscreen has no theme), every
// bundled name paints at every bundled size, exactly as its file, read when first painted.

#include "widgets/common/icons.h"

#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QTest>

using namespace tenantdesk;

class TestIcons : public QObject
{
    Q_OBJECT

private slots:
    void everyBundledIconPaintsAtEverySize();
    void aNameNeitherThemeHasIsNull();
};

void TestIcons::everyBundledIconPaintsAtEverySize()
{
    const QStringList files
            = QDir(QStringLiteral(":/icons/16")).entryList({QStringLiteral("*.png")});
    QVERIFY(files.size() >= 10);
    for (const QString &file : files) {
        const QString name = file.chopped(4);
        const QIcon icon = Icons::themed(name);
        QVERIFY2(!icon.isNull(), qPrintable(name));
        for (int size : {16, 24, 32, 48}) {
            const QImage painted = icon.pixmap(size, size).toImage();
            QCOMPARE(painted.size(), QSize(size, size));
            // The same pixels as the bundled file of that size: nothing scaled.
            const QImage bundled(QStringLiteral(":/icons/%1/%2").arg(size).arg(file));
            QCOMPARE(painted.convertToFormat(QImage::Format_ARGB32_Premultiplied),
                     bundled.convertToFormat(QImage::Format_ARGB32_Premultiplied));
        }
    }
}

void TestIcons::aNameNeitherThemeHasIsNull()
{
    QVERIFY(Icons::themed(QStringLiteral("tenantdesk-no-such-icon")).isNull());
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
