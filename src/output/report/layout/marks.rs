//! What layout produces: marks placed on pages (text, shapes, photos), and the tree of what
//! they mean (headings, paragraphs, lists, tables, figures) that becomes the PDF's tags.

use super::Colour;
use crate::output::report::Paper;
use crate::output::report::text::Weight;

/// A marker's shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    /// ●
    Circle,
    /// ■
    Square,
    /// ▲
    Triangle,
    /// ◆
    Diamond,
}

/// Something drawn on a page.
#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    /// A line of text; `y` is its baseline.
    Text {
        /// Left edge.
        x: f32,
        /// Baseline.
        y: f32,
        /// Size in points.
        size: f32,
        /// Regular or bold.
        weight: Weight,
        /// Colour.
        colour: Colour,
        /// The text.
        text: String,
    },
    /// A filled rectangle.
    Rect {
        /// Left, top, width, height.
        rect: [f32; 4],
        /// Fill.
        fill: Colour,
    },
    /// A polyline or polygon.
    Path {
        /// The points.
        points: Vec<(f32, f32)>,
        /// Close it and fill it with this colour.
        fill: Option<Colour>,
        /// Stroke colour, width and dash pattern.
        stroke: Option<(Colour, f32, Option<[f32; 2]>)>,
    },
    /// A marker centred on a point.
    Marker {
        /// The centre.
        at: (f32, f32),
        /// The shape.
        shape: Marker,
        /// Its colour.
        colour: Colour,
    },
    /// Photo number `index` of the report (0 before, 1 after) in a box.
    Photo {
        /// Which photo.
        index: usize,
        /// Left, top, width, height.
        rect: [f32; 4],
    },
}

/// A mark and what it belongs to: a piece of content of the tree, or none (decoration).
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// The mark.
    pub mark: Mark,
    /// The content it is part of; `None` for decoration (an artifact).
    pub content: Option<usize>,
}

/// What a node of the structure tree is.
#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    /// The report's title (H1), with its text.
    Title(String),
    /// A part's heading (H2).
    Heading(String),
    /// A sub-heading (H3).
    SubHeading(String),
    /// A paragraph.
    Para,
    /// A list.
    List,
    /// A list item.
    Item,
    /// A list item's label.
    Label,
    /// A list item's body.
    Body,
    /// A table.
    Table,
    /// The table's header rows.
    Head,
    /// The table's body rows.
    Rows,
    /// A row.
    Row,
    /// A column header cell.
    ColumnHeader,
    /// A row header cell.
    RowHeader,
    /// A data cell.
    Cell,
    /// A chart or photo, with its alternative text.
    Figure(String),
    /// A figure's caption.
    Caption,
}

/// A node of the structure tree.
#[derive(Clone, Debug, PartialEq)]
pub struct Elem {
    /// What it is.
    pub kind: Kind,
    /// Its parts, in reading order.
    pub children: Vec<Child>,
}

/// A part of a node: another node, or a piece of content on a page.
#[derive(Clone, Debug, PartialEq)]
pub enum Child {
    /// A node.
    Elem(Elem),
    /// The marks with this content number.
    Content(usize),
}

impl Elem {
    /// A node of `kind` with `children`.
    pub(super) fn new(kind: Kind, children: Vec<Child>) -> Self {
        Self { kind, children }
    }

    /// A list item of a label and a body.
    pub(super) fn item(label: Vec<Child>, body: Vec<Child>) -> Child {
        Self::new(
            Kind::Item,
            vec![
                Self::new(Kind::Label, label).child(),
                Self::new(Kind::Body, body).child(),
            ],
        )
        .child()
    }

    /// This node as a part of another.
    pub(super) fn child(self) -> Child {
        Child::Elem(self)
    }
}

/// The report laid out.
#[derive(Clone, Debug)]
pub struct Laid {
    /// The paper.
    pub paper: Paper,
    /// Marks per page.
    pub pages: Vec<Vec<Placed>>,
    /// The structure tree, in reading order.
    pub tree: Vec<Elem>,
    /// Per content number: whether it is a graphic (`true`) or text.
    pub graphic: Vec<bool>,
    /// The headings for the PDF's outline: (level, text, page index, top).
    pub outline: Vec<(u8, String, usize, f32)>,
}
