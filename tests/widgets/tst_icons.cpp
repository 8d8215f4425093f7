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
    void sizesBetweenAndBeyondTheBundledOnes();
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

// Each size is read when first asked for, in any order: a request between two bundled sizes
// is drawn from the larger, one beyond them from the largest.
void TestIcons::sizesBetweenAndBeyondTheBundledOnes()
{
    const QString name = QDir(QStringLiteral(":/icons/16"))
                                 .entryList({QStringLiteral("*.png")})
                                 .value(0)
                                 .chopped(4);
    const QIcon icon = Icons::themed(name);
    QCOMPARE(icon.actualSize(QSize(64, 64)), QSize(48, 48));
    QCOMPARE(icon.actualSize(QSize(20, 20)), QSize(20, 20));
    QCOMPARE(icon.actualSize(QSize(16, 16)), QSize(16, 16));
    for (int size : {48, 32, 16, 24}) {
        const QImage bundled(QStringLiteral(":/icons/%1/%2.png").arg(size).arg(name));
        QCOMPARE(icon.pixmap(size, size)
                         .toImage()
                         .convertToFormat(QImage::Format_ARGB32_Premultiplied),
                 bundled.convertToFormat(QImage::Format_ARGB32_Premultiplied));
    }
    const QIcon only24(QStringLiteral(":/icons/24/%1.png").arg(name));
    QCOMPARE(icon.pixmap(20, 20).toImage(), only24.pixmap(20, 20).toImage());
    QVERIFY(!icon.pixmap(QSize(16, 16), QIcon::Disabled).isNull());
}

void TestIcons::aNameNeitherThemeHasIsNull()
{
    QVERIFY(Icons::themed(QStringLiteral("tenantdesk-no-such-icon")).isNull());
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
