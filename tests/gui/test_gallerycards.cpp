// SPDX-License-Identifier: GPL-3.0-or-later
#include "gallery/galleryroles.h"
#include "gallery/galleryview.h"
#include "gallery/storycarddelegate.h"
#include "gallery/textlines.h"
#include "story/story.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace Spill;

namespace {

QStandardItem *storyItem(qint64 id, const QString &title, const QStringList &kinds = {})
{
    auto *item = new QStandardItem(title);
    item->setData(id, StoryIdRole);
    item->setData(title, TitleRole);
    item->setData(QStringLiteral("Cheese soufflé"), DishRole);
    item->setData(QDateTime(QDate(2026, 3, 14), QTime(18, 30)), CreatedRole);
    item->setData(kinds, FailureKindsRole);
    item->setData(QStringLiteral("partly"), OutcomeRole);
    item->setData(QStringLiteral("draft"), StatusRole);
    return item;
}

QStyleOptionViewItem cardOption(const QSize &size, bool selected)
{
    QStyleOptionViewItem option;
    option.rect = QRect(QPoint(0, 0), size);
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    option.palette = QApplication::palette();
    option.locale = QLocale::c();
    option.state = QStyle::State_Enabled;
    if (selected)
        option.state |= QStyle::State_Selected | QStyle::State_HasFocus;
    return option;
}

// The card for `item` as the delegate paints it, on a neutral background.
QImage renderCard(StoryCardDelegate &delegate, QStandardItem *item, bool selected,
                  qreal pixelRatio = 1.0)
{
    const QModelIndex index = item->index();
    const QSize size = delegate.sizeHint(cardOption(QSize(), false), index);
    QImage image((QSizeF(size) * pixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(Qt::gray);
    QPainter painter(&image);
    delegate.paint(&painter, cardOption(size, selected), index);
    return image;
}

QImage solidImage(const QColor &color, const QSize &size = QSize(320, 240))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    return image;
}

QStringList allKindKeys()
{
    QStringList keys;
    for (const FailureKind kind : allFailureKinds())
        keys << failureKindKey(kind);
    return keys;
}

} // namespace

TEST_CASE("gallery: search snippets")
{
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);

    SECTION("nominal: the marks go and each match gets the format")
    {
        const StyledText styled = parseSnippet(
            QStringLiteral("the \x02sauce\x03 split, the \x02sauce\x03 came back"), bold);
        CHECK(styled.text == QStringLiteral("the sauce split, the sauce came back"));
        REQUIRE(styled.formats.size() == 2);
        CHECK(styled.formats.at(0).start == 4);
        CHECK(styled.formats.at(0).length == 5);
        CHECK(styled.formats.at(1).start == 21);
        CHECK(styled.formats.at(0).format.fontWeight() == QFont::Bold);
    }

    SECTION("robustness: markup stays text and unbalanced marks are tolerated")
    {
        const StyledText html = parseSnippet(QStringLiteral("<b>not bold</b> & \x02<i>\x03"), bold);
        CHECK(html.text == QStringLiteral("<b>not bold</b> & <i>"));
        REQUIRE(html.formats.size() == 1);
        CHECK(html.formats.at(0).length == 3);

        const StyledText open = parseSnippet(QStringLiteral("cut \x02off"), bold);
        CHECK(open.text == QStringLiteral("cut off"));
        REQUIRE(open.formats.size() == 1);
        CHECK(open.formats.at(0).start == 4);

        CHECK(parseSnippet(QStringLiteral("\x03\x03stray\x02\x03"), bold).formats.isEmpty());
        CHECK(parseSnippet(QString(), bold).text.isEmpty());
    }

    SECTION("nominal: a match past the last line is brought into view")
    {
        const QFont font = QApplication::font();
        const qreal width = 160;
        QString words;
        for (int i = 0; i < 40; ++i)
            words += QStringLiteral("whisk%1 ").arg(i);
        const StyledText styled =
            parseSnippet(words + QStringLiteral("the \x02souffl\u00e9\x03 sank in the oven"), bold);
        const StyledText shown = withFirstMatchInView(styled, font, width, 2);
        REQUIRE(shown.formats.size() == 1);
        const auto &match = shown.formats.first();
        CHECK(shown.text.mid(match.start, match.length) == QStringLiteral("souffl\u00e9"));
        CHECK(shown.text.startsWith(QChar(0x2026)));
        CHECK(shown.text.endsWith(QStringLiteral("sank in the oven")));
        // What comes up to the match's end fits in the two lines.
        CHECK(QFontMetricsF(font).horizontalAdvance(shown.text.left(match.start + match.length)) <=
              2 * width);
        // Words are dropped only as far as needed: the one before stays.
        CHECK(shown.text.contains(QStringLiteral("the souffl\u00e9")));

        // A match already in view leaves the text as it was.
        const StyledText early =
            parseSnippet(QStringLiteral("the \x02sauce\x03 split ") + words, bold);
        CHECK(withFirstMatchInView(early, font, width, 2).text == early.text);
        // Text without matches (titles) is never cut at the front.
        const StyledText plain {words, {}};
        CHECK(withFirstMatchInView(plain, font, width, 2).text == words);
    }

    SECTION("robustness: long text is cut to the lines it may use")
    {
        const QFont font = QApplication::font();
        const StyledText longText {QString(400, QChar(u'x')).replace(7, 1, QStringLiteral(" ")),
                                   {}};
        const qreal lineHeight = QFontMetricsF(font).lineSpacing();
        const qreal height = drawWrappedText(nullptr, QPointF(), 120, font, longText, 2);
        CHECK(height == Approx(2 * lineHeight).margin(2));
        CHECK(drawWrappedText(nullptr, QPointF(), 120, font, {QString(), {}}, 2) == 0);
        CHECK(drawWrappedText(nullptr, QPointF(), 0, font, longText, 2) == 0);
    }
}

TEST_CASE("gallery: story card delegate")
{
    QStandardItemModel model;
    StoryCardDelegate delegate;
    auto *item = storyItem(1, QStringLiteral("The Soufflé That Wasn't"), {QStringLiteral("burnt")});
    model.appendRow(item);

    SECTION("nominal: the card's size comes from the font and has room for a snippet")
    {
        const QSize plain = delegate.sizeHint(cardOption(QSize(), false), item->index());
        CHECK(plain.width() > 100);
        CHECK(plain.height() > plain.width() * 0.8);
        CHECK(plain.height() < plain.width() * 3);

        item->setData(QStringLiteral("a \x02match\x03"), SnippetRole);
        const QSize withSnippet = delegate.sizeHint(cardOption(QSize(), false), item->index());
        CHECK(withSnippet.width() == plain.width());
        CHECK(withSnippet.height() > plain.height());

        QFont big = QApplication::font();
        big.setPointSizeF(big.pointSizeF() * 2);
        const QSize bigCard = StoryCardDelegate::cardSize(big, false);
        CHECK(bigCard.width() > plain.width() * 1.5);
        CHECK(bigCard.height() > plain.height() * 1.5);
    }

    SECTION("nominal: every kind, with and without photo, snippet and selection, paints")
    {
        QStringList kinds = allKindKeys();
        kinds << QString() << QStringLiteral("not-a-kind");
        for (const QString &kind : std::as_const(kinds)) {
            item->setData(kind.isEmpty() ? QStringList() : QStringList {kind}, FailureKindsRole);
            for (const bool photo : {false, true}) {
                item->setData(photo ? QVariant::fromValue(solidImage(Qt::red)) : QVariant(),
                              ThumbnailRole);
                for (const bool snippet : {false, true}) {
                    item->setData(snippet ? QStringLiteral("x \x02y\x03 z") : QString(),
                                  SnippetRole);
                    for (const bool selected : {false, true}) {
                        for (const qreal ratio : {1.0, 2.0}) {
                            const QImage card = renderCard(delegate, item, selected, ratio);
                            CHECK_FALSE(card.isNull());
                        }
                    }
                }
            }
        }
    }

    SECTION("nominal: each failure kind has its own placeholder")
    {
        const QSize size = delegate.sizeHint(cardOption(QSize(), false), item->index());
        const auto geometry =
            StoryCardDelegate::geometry(QRect(QPoint(0, 0), size), QApplication::font(), false);
        // The middle of the picture: the glyph, away from the corner badges.
        const qreal side = geometry.thumbnail.height() * 0.5;
        const QRect glyph = QRectF(geometry.thumbnail.center().x() - side / 2,
                                   geometry.thumbnail.center().y() - side / 2, side, side)
                                .toRect();
        QList<QImage> placeholders;
        for (const QString &kind : allKindKeys()) {
            item->setData(QStringList {kind}, FailureKindsRole);
            placeholders << renderCard(delegate, item, false).copy(glyph);
        }
        for (int i = 0; i < placeholders.size(); ++i) {
            for (int j = i + 1; j < placeholders.size(); ++j) {
                INFO("kinds " << allKindKeys().at(i) << " and " << allKindKeys().at(j));
                CHECK(placeholders.at(i) != placeholders.at(j));
            }
        }
    }

    SECTION("nominal: the photo fills the picture and replaces the placeholder")
    {
        const QSize size = delegate.sizeHint(cardOption(QSize(), false), item->index());
        const auto geometry =
            StoryCardDelegate::geometry(QRect(QPoint(0, 0), size), QApplication::font(), false);
        const QPoint middle = geometry.thumbnail.center().toPoint();
        const QPoint nearEdge(qRound(geometry.thumbnail.left() + geometry.thumbnail.width() * 0.4),
                              qRound(geometry.thumbnail.top() + 2));

        const QImage placeholder = renderCard(delegate, item, false);
        CHECK(placeholder.pixelColor(middle) != QColor(Qt::blue));

        // A tall photo is cropped to fill, not letterboxed.
        item->setData(QVariant::fromValue(solidImage(Qt::blue, QSize(200, 600))), ThumbnailRole);
        const QImage photo = renderCard(delegate, item, false);
        CHECK(photo.pixelColor(middle) == QColor(Qt::blue));
        CHECK(photo.pixelColor(nearEdge) == QColor(Qt::blue));

        const QImage sharp = renderCard(delegate, item, false, 2.0);
        CHECK(sharp.size() == photo.size() * 2);
        CHECK(sharp.pixelColor(middle * 2) == QColor(Qt::blue));
    }

    SECTION("nominal: selection shows, in a light and in a dark palette")
    {
        const QPalette light = QApplication::palette();
        for (const bool dark : {false, true}) {
            QPalette palette = light;
            if (dark) {
                palette.setColor(QPalette::Base, QColor(30, 30, 32));
                palette.setColor(QPalette::Window, QColor(40, 40, 44));
                palette.setColor(QPalette::Text, QColor(230, 230, 230));
                palette.setColor(QPalette::Highlight, QColor(61, 142, 230));
            }
            QApplication::setPalette(palette);
            const QImage plain = renderCard(delegate, item, false);
            const QImage selected = renderCard(delegate, item, true);
            QApplication::setPalette(light);
            CHECK(plain != selected);
            // The outline is drawn in the highlight colour on the card's side.
            const QRgb edge = selected.pixel(selected.width() / 2, 4);
            CHECK(QColor(edge) != QColor(plain.pixel(plain.width() / 2, 4)));
        }
    }

    SECTION("nominal: tags show along the bottom, as many as fit, the rest counted")
    {
        // The bottom strip of the card, where the outcome pill and tags go.
        const auto bottom = [&] {
            const QImage card = renderCard(delegate, item, false);
            const int strip = QFontMetrics(QApplication::font()).height() * 2;
            return card.copy(0, card.height() - strip, card.width(), strip);
        };
        const QImage plain = bottom();
        item->setData(QStringList {QStringLiteral("baking")}, TagsRole);
        const QImage oneTag = bottom();
        CHECK(oneTag != plain);
        item->setData(QStringList {QStringLiteral("pastry")}, TagsRole);
        CHECK(bottom() != oneTag); // the tag's name is drawn, not only a shape

        // Far more than fit: the card still paints, in its own size, and
        // differs from a card with the first tag alone (the "+N" pill).
        QStringList many;
        for (int i = 0; i < 12; ++i)
            many << QStringLiteral("tag number %1").arg(i);
        item->setData(QStringList {many.constFirst()}, TagsRole);
        const QImage first = bottom();
        item->setData(many, TagsRole);
        const QImage crowded = bottom();
        CHECK(crowded.size() == plain.size());
        CHECK(crowded != first);
    }

    SECTION("robustness: a story with nothing but an id still paints")
    {
        QStandardItemModel bare;
        auto *empty = new QStandardItem;
        empty->setData(qint64(9), StoryIdRole);
        bare.appendRow(empty);
        const QImage card = renderCard(delegate, empty, true);
        CHECK_FALSE(card.isNull());
        // Zero-sized images never reach the painter's scaler.
        empty->setData(QVariant::fromValue(QImage()), ThumbnailRole);
        CHECK_FALSE(renderCard(delegate, empty, false).isNull());
    }
}

TEST_CASE("gallery: the grid of stories")
{
    QStandardItemModel model;
    for (int i = 0; i < 5; ++i)
        model.appendRow(
            storyItem(101 + i, QStringLiteral("Story %1").arg(i), {QStringLiteral("collapsed")}));
    GalleryView view;
    view.setModel(&model);
    view.resize(900, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setFocus();

    QSignalSpy open(&view, &GalleryView::openRequested);
    QSignalSpy trash(&view, &GalleryView::trashRequested);
    const auto index = [&](int row) { return model.index(row, 0); };

    SECTION("nominal: Enter and Return open the current story")
    {
        view.setCurrentIndex(index(2));
        QTest::keyClick(&view, Qt::Key_Return);
        REQUIRE(open.count() == 1);
        CHECK(open.at(0).at(0).toLongLong() == 103);
        view.setCurrentIndex(index(4));
        QTest::keyClick(&view, Qt::Key_Enter, Qt::KeypadModifier);
        REQUIRE(open.count() == 2);
        CHECK(open.at(1).at(0).toLongLong() == 105);
    }

    SECTION("nominal: a double-click opens the story under the pointer")
    {
        const QPoint at = view.visualRect(index(3)).center();
        // A real double-click: press and release, then the double-click event.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, at);
        REQUIRE(open.count() == 1);
        CHECK(open.at(0).at(0).toLongLong() == 104);
    }

    SECTION("nominal: Delete asks to trash every selected story, in order")
    {
        view.setCurrentIndex(index(4));
        view.selectionModel()->select(index(0), QItemSelectionModel::Select);
        view.selectionModel()->select(index(2), QItemSelectionModel::Select);
        QTest::keyClick(&view, Qt::Key_Delete);
        REQUIRE(trash.count() == 1);
        const auto ids = trash.at(0).at(0).value<QList<qint64>>();
        CHECK(ids == QList<qint64> {101, 103, 105});
    }

    SECTION("robustness: Delete and Enter with nothing chosen ask for nothing")
    {
        view.selectionModel()->clear();
        QTest::keyClick(&view, Qt::Key_Delete);
        CHECK(trash.isEmpty());
        CHECK(view.trashAction()->isEnabled() == false);
        QTest::keyClick(&view, Qt::Key_Return);
        CHECK(open.isEmpty());
    }

    SECTION("nominal: Ctrl+A and the arrows select several cards")
    {
        QTest::keyClick(&view, Qt::Key_A, Qt::ControlModifier);
        CHECK(view.selectedStoryIds().size() == 5);
        view.selectionModel()->setCurrentIndex(index(0), QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(&view, Qt::Key_Right, Qt::ShiftModifier);
        CHECK(view.selectedStoryIds() == QList<qint64> {101, 102});
    }

    SECTION("nominal: the context menu acts on the card under the pointer")
    {
        view.setCurrentIndex(index(0));
        QSignalSpy exported(&view, &GalleryView::exportRequested);
        QSignalSpy tagged(&view, &GalleryView::addTagRequested);
        const QPoint at = view.visualRect(index(3)).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, view.viewport()->mapToGlobal(at));
        QApplication::sendEvent(view.viewport(), &event);
        CHECK(view.contextMenu()->isVisible());
        CHECK(view.selectedStoryIds() == QList<qint64> {104});
        view.contextMenu()->hide();

        QStringList texts;
        for (QAction *action : view.contextMenu()->actions())
            texts << QString(action->text()).remove(QChar(u'&'));
        CHECK(texts.filter(QStringLiteral("Open")).size() == 1);
        CHECK(texts.filter(QStringLiteral("Export selected")).size() == 1);
        CHECK(texts.filter(QStringLiteral("tag")).size() == 1);
        CHECK(texts.filter(QStringLiteral("trash")).size() == 1);

        view.openAction()->trigger();
        view.exportAction()->trigger();
        view.addTagAction()->trigger();
        view.trashAction()->trigger();
        REQUIRE(open.count() == 1);
        CHECK(open.at(0).at(0).toLongLong() == 104);
        REQUIRE(exported.count() == 1);
        CHECK(exported.at(0).at(0).value<QList<qint64>>() == QList<qint64> {104});
        CHECK(tagged.count() == 1);
        CHECK(trash.count() == 1);
    }

    SECTION("nominal: the current story is announced for the Look closer panel")
    {
        QSignalSpy current(&view, &GalleryView::currentStoryChanged);
        view.setCurrentIndex(index(1));
        REQUIRE(current.count() == 1);
        CHECK(current.at(0).at(0).toLongLong() == 102);
        CHECK(view.currentStoryId() == 102);
    }

    SECTION("nominal: the grid spreads the cards over the width")
    {
        const QSize card = view.itemDelegate()->sizeHint(QStyleOptionViewItem(), index(0));
        CHECK(view.gridSize().width() >= card.width());
        CHECK(view.gridSize().height() >= card.height());
        const QRect first = view.visualRect(index(0));
        const QRect second = view.visualRect(index(1));
        CHECK(second.left() > first.left());
        CHECK(second.top() == first.top());
        CHECK_FALSE(view.accessibleName().isEmpty());
    }
}
