//! Writes a laid-out report as a tagged PDF with krilla, checked against PDF/UA-1 as it is
//! written: every mark is either tagged content in the structure tree or an artifact, charts and
//! photos are figures with alternative text, and the metadata holds a title, the language and
//! the app, but no path and no user name.

use std::collections::HashMap;
use std::num::NonZeroU16;

use krilla::color::rgb;
use krilla::configure::{Accessibility, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect, Size};
use krilla::image::Image;
use krilla::metadata::{DateTime, Metadata};
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, LineCap, LineJoin, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, SpanTag, TableHeaderScope, Tag,
    TagGroup, TagTree,
};
use krilla::text::TextDirection;
use krilla::{Document, SerializeSettings};

use crate::output::report::layout::{Child, Colour, Elem, Kind, Laid, Mark, Marker};
use crate::output::report::text::{Fonts, Weight};
use crate::output::report::{Options, PdfError, Report};

/// The PDF of `laid`.
pub(super) fn write(
    laid: &Laid,
    report: &Report,
    fonts: &Fonts,
    options: &Options,
) -> Result<Vec<u8>, PdfError> {
    let configuration = ConfigurationBuilder::new()
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(PdfError::Configuration)?;
    let settings = SerializeSettings {
        configuration,
        enable_tagging: true,
        ..SerializeSettings::default()
    };
    let mut document = Document::new_with(settings);
    let images = match &report.photos {
        Some(photos) => photos
            .iter()
            .map(|photo| Image::from_jpeg(photo.jpeg.clone().into(), true))
            .collect::<Result<Vec<_>, _>>()
            .map_err(PdfError::Photo)?,
        None => Vec::new(),
    };
    let (width, height) = laid.paper.size();
    let mut identifiers: HashMap<usize, Vec<Identifier>> = HashMap::new();
    for marks in &laid.pages {
        let settings = PageSettings::from_wh(width, height).ok_or(PdfError::PageSize)?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        let mut index = 0;
        while index < marks.len() {
            // A run of marks with the same content is one tagged (or artifact) section.
            let content = marks[index].content;
            let end = marks[index..]
                .iter()
                .position(|placed| placed.content != content)
                .map_or(marks.len(), |offset| index + offset);
            match content {
                Some(id) => {
                    let tag = if laid.graphic.get(id).copied().unwrap_or(false) {
                        ContentTag::Other
                    } else {
                        ContentTag::Span(SpanTag::empty())
                    };
                    let identifier = surface.start_tagged(tag);
                    identifiers.entry(id).or_default().push(identifier);
                }
                None => {
                    surface.start_tagged(ContentTag::Artifact(Artifact::new(
                        ArtifactType::Layout,
                        None,
                    )));
                }
            }
            for placed in &marks[index..end] {
                draw(&mut surface, &placed.mark, fonts, &images);
            }
            surface.end_tagged();
            index = end;
        }
        surface.finish();
        page.finish();
    }

    let mut tree = TagTree::new().with_lang(Some("en".to_owned()));
    for elem in &laid.tree {
        tree.push(group(elem, &mut identifiers)?);
    }
    document.set_tag_tree(tree);
    document.set_outline(outline(laid));
    let date = options.made_on;
    let mut metadata = Metadata::new()
        .title(report.title.clone())
        .language("en".to_owned())
        .creator(format!("Skincare Guide {}", env!("CARGO_PKG_VERSION")))
        .description(format!(
            "Recovery diary report from {} to {}",
            report.from, report.to
        ));
    if let (Ok(month), Ok(day), Ok(year)) = (
        u8::try_from(date.month()),
        u8::try_from(date.day()),
        u16::try_from(date.year()),
    ) {
        metadata = metadata.creation_date(DateTime::new(year).month(month).day(day));
    }
    document.set_metadata(metadata);
    document.finish().map_err(PdfError::Document)
}

/// The bookmarks: the parts (H2) with their sub-headings (H3) under them.
fn outline(laid: &Laid) -> Outline {
    let mut outline = Outline::new();
    let mut part: Option<OutlineNode> = None;
    for (level, text, page, top) in &laid.outline {
        let node = OutlineNode::new(
            text.clone(),
            XyzDestination::new(*page, Point::from_xy(0.0, *top)),
        );
        match level {
            3 => match &mut part {
                Some(part) => part.push_child(node),
                None => outline.push_child(node),
            },
            _ => {
                if let Some(done) = part.take() {
                    outline.push_child(done);
                }
                part = Some(node);
            }
        }
    }
    if let Some(done) = part {
        outline.push_child(done);
    }
    outline
}

/// The tag group of `elem`, with the identifiers of its content.
fn group(
    elem: &Elem,
    identifiers: &mut HashMap<usize, Vec<Identifier>>,
) -> Result<TagGroup, PdfError> {
    let level = |n: u16| NonZeroU16::new(n).ok_or(PdfError::HeadingLevel);
    let mut node = match &elem.kind {
        Kind::Title(text) => TagGroup::new(Tag::Hn(level(1)?, Some(text.clone()))),
        Kind::Heading(text) => TagGroup::new(Tag::Hn(level(2)?, Some(text.clone()))),
        Kind::SubHeading(text) => TagGroup::new(Tag::Hn(level(3)?, Some(text.clone()))),
        Kind::Para => TagGroup::new(Tag::P),
        Kind::List => TagGroup::new(Tag::L(ListNumbering::None)),
        Kind::Item => TagGroup::new(Tag::LI),
        Kind::Label => TagGroup::new(Tag::Lbl),
        Kind::Body => TagGroup::new(Tag::LBody),
        Kind::Table => TagGroup::new(Tag::Table),
        Kind::Head => TagGroup::new(Tag::THead),
        Kind::Rows => TagGroup::new(Tag::TBody),
        Kind::Row => TagGroup::new(Tag::TR),
        Kind::ColumnHeader => TagGroup::new(Tag::TH(TableHeaderScope::Column)),
        Kind::RowHeader => TagGroup::new(Tag::TH(TableHeaderScope::Row)),
        Kind::Cell => TagGroup::new(Tag::TD),
        Kind::Figure(alt) => TagGroup::new(Tag::Figure(Some(alt.clone()))),
        Kind::Caption => TagGroup::new(Tag::Caption),
    };
    for child in &elem.children {
        match child {
            Child::Elem(inner) => node.push(group(inner, identifiers)?),
            Child::Content(id) => {
                for identifier in identifiers.remove(id).unwrap_or_default() {
                    node.push(identifier);
                }
            }
        }
    }
    Ok(node)
}

fn colour(colour: Colour) -> rgb::Color {
    rgb::Color::new(colour[0], colour[1], colour[2])
}

fn fill(surface: &mut Surface, paint: Colour) {
    surface.set_fill(Some(Fill {
        paint: colour(paint).into(),
        ..Fill::default()
    }));
}

/// Draws one mark.
fn draw(surface: &mut Surface, mark: &Mark, fonts: &Fonts, images: &[Image]) {
    match mark {
        Mark::Text {
            x,
            y,
            size,
            weight,
            colour: paint,
            text,
        } => draw_text(surface, fonts, (*x, *y), *size, *weight, *paint, text),
        Mark::Rect { rect, fill: paint } => draw_rect(surface, *rect, *paint),
        Mark::Path {
            points,
            fill: paint,
            stroke,
        } => draw_path(surface, points, *paint, *stroke),
        Mark::Marker {
            at,
            shape,
            colour: paint,
        } => draw_marker(surface, *at, *shape, *paint),
        Mark::Photo { index, rect } => draw_photo(surface, images.get(*index), *rect),
    }
}

/// A line of text from its baseline's left end, each run in the face that has its characters.
fn draw_text(
    surface: &mut Surface,
    fonts: &Fonts,
    (x, y): (f32, f32),
    size: f32,
    weight: Weight,
    paint: Colour,
    text: &str,
) {
    surface.set_stroke(None);
    fill(surface, paint);
    let mut at = x;
    for run in fonts.runs(text, weight) {
        let Some(face) = fonts.face(run.face) else {
            continue;
        };
        surface.draw_text(
            Point::from_xy(at, y),
            face.pdf.clone(),
            size,
            &run.text,
            false,
            TextDirection::Auto,
        );
        at += fonts.width(&run.text, weight, size);
    }
}

/// A filled rectangle: left, top, width, height.
fn draw_rect(surface: &mut Surface, [x, y, w, h]: [f32; 4], paint: Colour) {
    let mut builder = PathBuilder::new();
    if let Some(rect) = Rect::from_xywh(x, y, w, h) {
        builder.push_rect(rect);
    }
    if let Some(path) = builder.finish() {
        surface.set_stroke(None);
        fill(surface, paint);
        surface.draw_path(&path);
    }
}

/// A polyline, or a closed filled polygon when it has a fill, stroked when it has a stroke.
fn draw_path(
    surface: &mut Surface,
    points: &[(f32, f32)],
    paint: Option<Colour>,
    stroke: Option<(Colour, f32, Option<[f32; 2]>)>,
) {
    let mut builder = PathBuilder::new();
    for (index, (x, y)) in points.iter().enumerate() {
        if index == 0 {
            builder.move_to(*x, *y);
        } else {
            builder.line_to(*x, *y);
        }
    }
    if paint.is_some() {
        builder.close();
    }
    let Some(path) = builder.finish() else {
        return;
    };
    match paint {
        Some(paint) => fill(surface, paint),
        None => surface.set_fill(None),
    }
    surface.set_stroke(stroke.map(|(paint, width, dash)| Stroke {
        paint: colour(paint).into(),
        width,
        line_cap: LineCap::Round,
        line_join: LineJoin::Round,
        dash: dash.map(|[on, off]| StrokeDash {
            array: vec![on, off],
            offset: 0.0,
        }),
        ..Stroke::default()
    }));
    surface.draw_path(&path);
    surface.set_stroke(None);
}

/// A chart marker of `shape` centred on `(x, y)`.
fn draw_marker(surface: &mut Surface, (x, y): (f32, f32), shape: Marker, paint: Colour) {
    let r = 2.2;
    let mut builder = PathBuilder::new();
    match shape {
        Marker::Circle => {
            // Four cubic arcs.
            let k = 0.552_284_8 * r;
            builder.move_to(x + r, y);
            builder.cubic_to(x + r, y + k, x + k, y + r, x, y + r);
            builder.cubic_to(x - k, y + r, x - r, y + k, x - r, y);
            builder.cubic_to(x - r, y - k, x - k, y - r, x, y - r);
            builder.cubic_to(x + k, y - r, x + r, y - k, x + r, y);
        }
        Marker::Square => {
            if let Some(rect) = Rect::from_xywh(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8) {
                builder.push_rect(rect);
            }
        }
        Marker::Triangle => {
            builder.move_to(x, y - r * 1.2);
            builder.line_to(x + r * 1.1, y + r * 0.9);
            builder.line_to(x - r * 1.1, y + r * 0.9);
        }
        Marker::Diamond => {
            builder.move_to(x, y - r * 1.3);
            builder.line_to(x + r * 1.3, y);
            builder.line_to(x, y + r * 1.3);
            builder.line_to(x - r * 1.3, y);
        }
    }
    builder.close();
    if let Some(path) = builder.finish() {
        surface.set_stroke(None);
        fill(surface, paint);
        surface.draw_path(&path);
    }
}

/// A photo scaled into its box: left, top, width, height.
fn draw_photo(surface: &mut Surface, image: Option<&Image>, [x, y, w, h]: [f32; 4]) {
    if let (Some(image), Some(size)) = (image, Size::from_wh(w, h)) {
        surface.push_transform(&krilla::geom::Transform::from_translate(x, y));
        surface.draw_image(image.clone(), size);
        surface.pop();
    }
}
