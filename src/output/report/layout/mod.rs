//! Places a [`Report`] on pages: a list of marks per page (text, shapes, photos) and the tree of
//! what they mean (headings, paragraphs, lists, tables, figures), which becomes the PDF's tags.
//! Pure arithmetic, so it can be laid out again with fewer notes until it fits.

use crate::content::Urgency;
use crate::output::report::text::{Fonts, Weight};
use crate::output::report::{
    Attention, DailyChart, MAX_PAGES, MonthlyChart, MonthlyLine, Note, Paper, Report, StepsTable,
};
use crate::text::dates;

mod charts;
mod marks;
mod monthly;
mod sections;
mod steps;

pub use marks::{Child, Elem, Kind, Laid, Mark, Marker, Placed};

/// An sRGB colour.
pub type Colour = [u8; 3];

/// Body text: NHS text colour.
const TEXT: Colour = [0x21, 0x2b, 0x32];
/// Secondary text and axis labels.
const QUIET: Colour = [0x4c, 0x62, 0x72];
/// Headings: the app's accent, as text.
const ACCENT: Colour = [0x0a, 0x5a, 0x66];
/// Rules between parts, grid lines.
const LINE: Colour = [0xd8, 0xdd, 0xe0];
/// Zebra rows and the usual-course band.
const SHADE: Colour = [0xee, 0xf0, 0xf2];
/// The usual-course band in charts.
const BAND: Colour = [0xdd, 0xe3, 0xe6];

/// Page margin, all round, in points.
const MARGIN: f32 = 48.0;
/// Space kept for the footer.
const FOOTER: f32 = 22.0;
/// Body text size.
const BODY: f32 = 9.5;
/// Small text: tables, captions, axis labels.
const SMALL: f32 = 8.0;
/// Line height as a multiple of the size.
const LEADING: f32 = 1.32;
/// The most notes ever laid out: more than three pages can hold.
const MAX_NOTES_TRIED: usize = 250;
/// The most attention items listed.
const MAX_ATTENTION: usize = 12;

/// How each session's line looks in a chart: its colour and marker, so that lines differ by shape
/// as well as colour (also in grey print). The legend shows each.
pub const SERIES: [(Colour, Marker); 6] = [
    ([0x0e, 0x6b, 0x78], Marker::Circle),
    ([0xb4, 0x45, 0x0c], Marker::Square),
    ([0x6d, 0x28, 0xd9], Marker::Triangle),
    ([0x37, 0x41, 0x51], Marker::Diamond),
    ([0xb9, 0x1c, 0x1c], Marker::Square),
    ([0x15, 0x80, 0x3d], Marker::Triangle),
];

/// Lays `report` out, leaving out the oldest notes until it fits in [`MAX_PAGES`]. Returns the
/// layout and how many notes were left out.
pub fn fit(report: &Report, fonts: &Fonts, paper: Paper) -> (Laid, usize) {
    let all = report.notes.len();
    // Three pages hold far fewer notes than this (each takes two lines at least), so older ones
    // are never laid out at all.
    let tried = all.min(MAX_NOTES_TRIED);
    let laid = lay_out(report, fonts, paper, tried);
    if laid.pages.len() <= MAX_PAGES {
        return (laid, all - tried);
    }
    // The most notes that fit: fewer notes never take more pages.
    let (mut fits, mut too_many) = (0, tried);
    while too_many - fits > 1 {
        let middle = usize::midpoint(fits, too_many);
        if lay_out(report, fonts, paper, middle).pages.len() <= MAX_PAGES {
            fits = middle;
        } else {
            too_many = middle;
        }
    }
    (lay_out(report, fonts, paper, fits), all - fits)
}

/// Lays `report` out with only its latest `notes_kept` notes.
pub fn lay_out(report: &Report, fonts: &Fonts, paper: Paper, notes_kept: usize) -> Laid {
    let mut flow = Flow::new(fonts, paper);
    flow.header(report);
    flow.attention(&report.attention);
    flow.charts(report);
    if let Some(monthly) = &report.monthly {
        flow.monthly(monthly);
    }
    flow.steps(&report.steps);
    let left_out = report.notes.len().saturating_sub(notes_kept);
    flow.notes(&report.notes[left_out..], &report.notes[..left_out]);
    if let Some(photos) = &report.photos {
        flow.photos(photos);
    }
    flow.about(report);
    flow.finish(report)
}

/// The layout as it grows, page by page.
struct Flow<'a> {
    fonts: &'a Fonts,
    paper: Paper,
    pages: Vec<Vec<Placed>>,
    tree: Vec<Elem>,
    graphic: Vec<bool>,
    outline: Vec<(u8, String, usize, f32)>,
    /// The top of the space left on the current page.
    y: f32,
}

impl<'a> Flow<'a> {
    fn new(fonts: &'a Fonts, paper: Paper) -> Self {
        Self {
            fonts,
            paper,
            pages: vec![Vec::new()],
            tree: Vec::new(),
            graphic: Vec::new(),
            outline: Vec::new(),
            y: MARGIN,
        }
    }

    fn width(&self) -> f32 {
        self.paper.size().0 - 2.0 * MARGIN
    }

    fn bottom(&self) -> f32 {
        self.paper.size().1 - MARGIN - FOOTER
    }

    /// Starts a new page unless `height` fits on this one (or this one is still empty).
    fn ensure(&mut self, height: f32) -> bool {
        if self.y + height > self.bottom() && self.y > MARGIN {
            self.pages.push(Vec::new());
            self.y = MARGIN;
            return true;
        }
        false
    }

    fn content(&mut self, graphic: bool) -> usize {
        self.graphic.push(graphic);
        self.graphic.len() - 1
    }

    fn put(&mut self, mark: Mark, content: Option<usize>) {
        if let Some(page) = self.pages.last_mut() {
            page.push(Placed { mark, content });
        }
    }

    /// Wrapped lines of text at `x`, each its own piece of content; returns them.
    #[allow(clippy::too_many_arguments)]
    fn text(
        &mut self,
        text: &str,
        x: f32,
        max_width: f32,
        size: f32,
        weight: Weight,
        colour: Colour,
    ) -> Vec<Child> {
        let line_height = size * LEADING;
        let mut children = Vec::new();
        for line in self.fonts.wrap(text, weight, size, max_width) {
            self.ensure(line_height);
            if !line.is_empty() {
                let content = self.content(false);
                self.put(
                    Mark::Text {
                        x,
                        y: self.y + size,
                        size,
                        weight,
                        colour,
                        text: line,
                    },
                    Some(content),
                );
                children.push(Child::Content(content));
            }
            self.y += line_height;
        }
        children
    }

    fn para(&mut self, text: &str, size: f32, weight: Weight, colour: Colour) -> Elem {
        let width = self.width();
        let children = self.text(text, MARGIN, width, size, weight, colour);
        Elem::new(Kind::Para, children)
    }

    /// A part's heading, kept with `keep` points of what follows.
    fn heading(&mut self, text: &str, keep: f32) {
        self.y += 10.0;
        self.ensure(30.0 + keep);
        let rule = self.y;
        self.put(
            Mark::Rect {
                rect: [MARGIN, rule, self.width(), 0.75],
                fill: LINE,
            },
            None,
        );
        self.y += 6.0;
        let width = self.width();
        self.outline
            .push((2, text.to_owned(), self.pages.len() - 1, self.y));
        let children = self.text(text, MARGIN, width, 13.0, Weight::Bold, ACCENT);
        self.tree
            .push(Elem::new(Kind::Heading(text.to_owned()), children));
        self.y += 3.0;
    }

    fn sub_heading(&mut self, text: &str, keep: f32) {
        self.y += 4.0;
        self.ensure(16.0 + keep);
        let width = self.width();
        self.outline
            .push((3, text.to_owned(), self.pages.len() - 1, self.y));
        let children = self.text(text, MARGIN, width, 10.5, Weight::Bold, TEXT);
        self.tree
            .push(Elem::new(Kind::SubHeading(text.to_owned()), children));
        self.y += 2.0;
    }

    /// Adds the footer to every page, now that their number is known.
    fn finish(mut self, report: &Report) -> Laid {
        let count = self.pages.len();
        let (page_width, page_height) = self.paper.size();
        // Each page names whose report it is and when it was made, in case the pages part.
        let made = dates::date(report.made_on);
        let left_text = match &report.name {
            Some(name) => format!("{} · {name} · made {made}", report.title),
            None => format!("{} · made {made}", report.title),
        };
        for (index, page) in self.pages.iter_mut().enumerate() {
            let y = page_height - MARGIN + 4.0;
            let right_text = format!("Page {} of {count}", index + 1);
            let right_width = self.fonts.width(&right_text, Weight::Regular, SMALL);
            page.push(Placed {
                mark: Mark::Rect {
                    rect: [MARGIN, y - 12.0, page_width - 2.0 * MARGIN, 0.5],
                    fill: LINE,
                },
                content: None,
            });
            for (x, text) in [
                (MARGIN, left_text.clone()),
                (page_width - MARGIN - right_width, right_text),
            ] {
                page.push(Placed {
                    mark: Mark::Text {
                        x,
                        y,
                        size: SMALL,
                        weight: Weight::Regular,
                        colour: QUIET,
                        text,
                    },
                    content: None,
                });
            }
        }
        Laid {
            paper: self.paper,
            pages: self.pages,
            tree: self.tree,
            graphic: self.graphic,
            outline: self.outline,
        }
    }
}
