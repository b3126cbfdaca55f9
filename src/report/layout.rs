//! Places a [`Report`] on pages: a list of marks per page (text, shapes, photos) and the tree of
//! what they mean (headings, paragraphs, lists, tables, figures), which becomes the PDF's tags.
//! Pure arithmetic, so it can be laid out again with fewer notes until it fits.

use jiff::civil::Date;

use super::text::{Fonts, Weight};
use super::{
    Attention, DailyChart, MAX_PAGES, MonthlyChart, MonthlyLine, Note, Paper, Report, StepsTable,
    long_date,
};
use crate::content::Urgency;

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
    fn new(kind: Kind, children: Vec<Child>) -> Self {
        Self { kind, children }
    }

    fn child(self) -> Child {
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

    fn header(&mut self, report: &Report) {
        let width = self.width();
        let title = self.text(&report.title, MARGIN, width, 19.0, Weight::Bold, ACCENT);
        self.outline.push((1, report.title.clone(), 0, MARGIN));
        self.tree
            .push(Elem::new(Kind::Title(report.title.clone()), title));
        self.y += 4.0;
        let mut rows: Vec<(&str, String)> = Vec::new();
        if let Some(name) = &report.name {
            rows.push(("Name", name.clone()));
        }
        rows.push(("Treatment", report.treatment.clone()));
        let mut sessions: Vec<String> = report
            .sessions
            .iter()
            .map(|session| format!("Session {}: {}", session.number, long_date(session.date)))
            .collect();
        if report.sessions_left_out > 0 {
            sessions.insert(
                0,
                format!("{} earlier not listed", report.sessions_left_out),
            );
        }
        if let Some(next) = &report.next_session {
            sessions.push(format!(
                "next planned: Session {}: {}",
                next.number,
                long_date(next.date)
            ));
        }
        rows.push((
            "Sessions",
            if sessions.is_empty() {
                "No treatment date recorded.".to_owned()
            } else {
                sessions.join("; ")
            },
        ));
        rows.push((
            "Period",
            format!(
                "{} to {}: {} daily check-in{}{}, {} note{}.",
                long_date(report.from),
                long_date(report.to),
                report.check_in_count,
                if report.check_in_count == 1 { "" } else { "s" },
                match report.entries {
                    Some((first, last)) if first != last => {
                        format!(" (from {} to {})", long_date(first), long_date(last))
                    }
                    Some((day, _)) => format!(" (on {})", long_date(day)),
                    None => String::new(),
                },
                report.notes.len(),
                if report.notes.len() == 1 { "" } else { "s" },
            ),
        ));
        let label_width = 68.0;
        for (label, value) in rows {
            let top = self.y;
            let mut children = self.text(
                &format!("{label}:"),
                MARGIN,
                label_width,
                BODY,
                Weight::Bold,
                TEXT,
            );
            self.y = top;
            children.extend(self.text(
                &value,
                MARGIN + label_width,
                width - label_width,
                BODY,
                Weight::Regular,
                TEXT,
            ));
            self.tree.push(Elem::new(Kind::Para, children));
            self.y += 1.5;
        }
    }

    fn attention(&mut self, attention: &[Attention]) {
        self.heading("Needs attention first", 40.0);
        if attention.is_empty() {
            let para = self.para(
                "Nothing recorded in this period crossed one of the guide's warning rules, and no warning sign was ticked.",
                BODY,
                Weight::Regular,
                TEXT,
            );
            self.tree.push(para);
            return;
        }
        let intro = self.para(
            "Warning signs the person ticked, and ratings outside the guide's usual course, most urgent first, each with the advice the app gave at the time. The app does not diagnose, and does not record whether advice was sought.",
            BODY,
            Weight::Regular,
            QUIET,
        );
        self.tree.push(intro);
        self.y += 3.0;
        let width = self.width();
        let mut items = Vec::new();
        for item in attention.iter().take(MAX_ATTENTION) {
            let when = if item.place.is_empty() {
                long_date(item.date)
            } else {
                format!("{} · {}", long_date(item.date), item.place)
            };
            let mut body = format!(
                "{} The app's advice at the time: {}.",
                item.reason,
                urgency_advice(item.urgency)
            );
            if let Some(note) = &item.note {
                body.push_str(&format!("\nNote that day: \u{201c}{note}\u{201d}"));
            }
            let height = (self
                .fonts
                .wrap(&body, Weight::Regular, BODY, width - 12.0)
                .len()
                + 1) as f32
                * BODY
                * LEADING;
            self.ensure(height.min(200.0) + 4.0);
            let top = self.y;
            let label = self.text(&when, MARGIN + 10.0, width - 12.0, BODY, Weight::Bold, TEXT);
            let body = self.text(
                &body,
                MARGIN + 10.0,
                width - 12.0,
                BODY,
                Weight::Regular,
                TEXT,
            );
            self.put(
                Mark::Rect {
                    rect: [MARGIN, top, 4.0, self.y - top],
                    fill: urgency_colour(item.urgency),
                },
                None,
            );
            self.y += 4.0;
            items.push(
                Elem::new(
                    Kind::Item,
                    vec![
                        Elem::new(Kind::Label, label).child(),
                        Elem::new(Kind::Body, body).child(),
                    ],
                )
                .child(),
            );
        }
        self.tree.push(Elem::new(Kind::List, items));
        if attention.len() > MAX_ATTENTION {
            let para = self.para(
                &format!(
                    "And {} more, older or less urgent, in the app's diary.",
                    attention.len() - MAX_ATTENTION
                ),
                BODY,
                Weight::Regular,
                QUIET,
            );
            self.tree.push(para);
        }
    }

    fn charts(&mut self, report: &Report) {
        self.heading("Daily check-in ratings", 170.0);
        if report.charts.is_empty() {
            let para = self.para(
                "No daily ratings were recorded in this period.",
                BODY,
                Weight::Regular,
                TEXT,
            );
            self.tree.push(para);
            return;
        }
        let numbers: std::collections::BTreeSet<usize> = report
            .charts
            .iter()
            .flat_map(|chart| chart.series.keys().copied())
            .collect();
        let legend: Vec<(Colour, Marker, String)> = numbers
            .iter()
            .map(|number| {
                let date = report
                    .steps
                    .sessions
                    .iter()
                    .chain(&report.sessions)
                    .find(|session| session.number == *number)
                    .map(|session| format!(", {}", long_date(session.date)))
                    .unwrap_or_default();
                let (colour, shape) = series_style(*number);
                (colour, shape, format!("Session {number}{date}"))
            })
            .collect();
        let mut intro = "The person's own ratings from 0 to 10 by day since each session, one line per session. Shaded: up to the highest rating usually expected on each day (the guide's estimate from its sources' descriptions, not a validated norm).".to_owned();
        if report.steps.sessions_left_out > 0 {
            intro.push_str(&format!(
                " Only the latest {} sessions of the period are charted.",
                report.steps.sessions.len()
            ));
        }
        let intro = self.para(&intro, BODY, Weight::Regular, QUIET);
        self.tree.push(intro);
        self.y += 3.0;
        self.legend(&legend);
        self.y += 4.0;
        let gap = 16.0;
        let cell = (self.width() - gap) / 2.0;
        let height = 150.0;
        for pair in report.charts.chunks(2) {
            self.ensure(height);
            let top = self.y;
            for (column, chart) in pair.iter().enumerate() {
                let left = MARGIN + column as f32 * (cell + gap);
                let figure = self.daily_chart(chart, [left, top, cell, height]);
                self.tree.push(figure);
            }
            self.y = top + height + 6.0;
        }
    }

    /// A key to the lines of the charts below: each entry a short line with its marker, then its
    /// name; the names are one paragraph, the samples decoration.
    fn legend(&mut self, entries: &[(Colour, Marker, String)]) {
        let line_height = BODY * LEADING;
        let right = MARGIN + self.width();
        let mut x = MARGIN;
        self.ensure(line_height);
        let mut children = Vec::new();
        for (colour, shape, name) in entries {
            let text_width = self.fonts.width(name, Weight::Regular, BODY);
            let width = 22.0 + text_width;
            if x > MARGIN && x + width > right {
                x = MARGIN;
                self.y += line_height;
                self.ensure(line_height);
            }
            let middle = self.y + BODY * 0.62;
            self.put(
                Mark::Path {
                    points: vec![(x, middle), (x + 16.0, middle)],
                    fill: None,
                    stroke: Some((*colour, 1.2, None)),
                },
                None,
            );
            self.put(
                Mark::Marker {
                    at: (x + 8.0, middle),
                    shape: *shape,
                    colour: *colour,
                },
                None,
            );
            let content = self.content(false);
            self.put(
                Mark::Text {
                    x: x + 21.0,
                    y: self.y + BODY,
                    size: BODY,
                    weight: Weight::Regular,
                    colour: TEXT,
                    text: name.clone(),
                },
                Some(content),
            );
            children.push(Child::Content(content));
            x += width + 16.0;
        }
        self.y += line_height;
        self.tree.push(Elem::new(Kind::Para, children));
    }

    /// One daily chart in `rect`, as a figure with its caption.
    fn daily_chart(&mut self, chart: &DailyChart, rect: [f32; 4]) -> Elem {
        let content = self.content(true);
        let [left, top, width, _] = rect;
        self.put(
            Mark::Text {
                x: left,
                y: top + 10.0,
                size: 9.5,
                weight: Weight::Bold,
                colour: TEXT,
                text: format!("{} (0 {} – 10 {})", chart.name, chart.low, chart.high),
            },
            Some(content),
        );
        let plot = [left + 18.0, top + 22.0, width - 24.0, 88.0];
        let last_day = chart.last_day.max(1);
        let x_of = |day: i32| plot[0] + plot[2] * day as f32 / last_day as f32;
        let y_of = |value: f32| plot[1] + plot[3] * (1.0 - value / 10.0);
        // The usual band, from 0: a low rating is never a concern, so its floor is not drawn.
        if !chart.usual.is_empty() {
            let mut points: Vec<(f32, f32)> = chart
                .usual
                .iter()
                .map(|(day, _, high)| (x_of(*day), y_of(f32::from(*high))))
                .collect();
            points.extend(
                chart
                    .usual
                    .iter()
                    .rev()
                    .map(|(day, _, _)| (x_of(*day), y_of(0.0))),
            );
            self.put(
                Mark::Path {
                    points,
                    fill: Some(BAND),
                    stroke: None,
                },
                Some(content),
            );
        }
        self.axes(
            plot,
            content,
            &day_ticks(last_day),
            x_of,
            "days since the session",
        );
        // Sessions with the same ratings would hide each other: each line is set a little to the
        // side of its day (an eighth of a day per session; the alternative text has the values).
        let count = chart.series.len() as f32;
        let day_width = plot[2] / last_day as f32;
        for (rank, (number, points)) in chart.series.iter().enumerate() {
            let style = series_style(*number);
            let shift = (rank as f32 - (count - 1.0) / 2.0) * day_width * 0.125;
            let line: Vec<(f32, f32)> = points
                .iter()
                .map(|(day, value)| (x_of(*day) + shift, y_of(f32::from(*value))))
                .collect();
            self.series(line, style, content);
        }
        // What stands out, in words under the chart.
        let above: Vec<String> = chart
            .series
            .iter()
            .flat_map(|(number, points)| {
                points.iter().filter_map(move |(day, value)| {
                    let (_, _, high) = chart.usual.iter().find(|(d, _, _)| d == day)?;
                    let date = chart
                        .starts
                        .get(number)
                        .map(|start| {
                            format!(
                                ", {}",
                                start
                                    .saturating_add(jiff::Span::new().days(i64::from(*day)))
                                    .strftime("%-d\u{a0}%b")
                            )
                        })
                        .unwrap_or_default();
                    (value > high).then(|| {
                        format!("Session {number} day {day}{date}: {value} (usually up to {high})")
                    })
                })
            })
            .collect();
        let caption_text = if above.is_empty() {
            "Within the usual range on every day rated.".to_owned()
        } else {
            format!("Above the usual range: {}.", abbreviate(&above, 4))
        };
        let saved = self.y;
        self.y = plot[1] + plot[3] + 22.0;
        let caption = self.text(&caption_text, left, width, 7.5, Weight::Regular, QUIET);
        self.y = saved;
        let alt = format!(
            "Chart of {} from 0 ({}) to 10 ({}) by day since the session, with the usual range shaded. {} {}",
            chart.name.to_lowercase(),
            chart.low,
            chart.high,
            chart
                .series
                .iter()
                .map(|(number, points)| format!(
                    "Session {number}: {}.",
                    points
                        .iter()
                        .map(|(day, value)| format!("day {day} {value}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
                .collect::<Vec<_>>()
                .join(" "),
            caption_text
        );
        Elem::new(
            Kind::Figure(alt),
            vec![
                Child::Content(content),
                Elem::new(Kind::Caption, caption).child(),
            ],
        )
    }

    /// One line of a chart through `points`, with a marker on each.
    fn series(
        &mut self,
        points: Vec<(f32, f32)>,
        (colour, shape): (Colour, Marker),
        content: usize,
    ) {
        if points.len() > 1 {
            self.put(
                Mark::Path {
                    points: points.clone(),
                    fill: None,
                    stroke: Some((colour, 1.2, None)),
                },
                Some(content),
            );
        }
        for at in points {
            self.put(Mark::Marker { at, shape, colour }, Some(content));
        }
    }

    /// Grid, y labels 0/5/10, and x ticks with labels and a title, for a chart's `plot` box.
    fn axes(
        &mut self,
        plot: [f32; 4],
        content: usize,
        ticks: &[(f32, String)],
        x_of: impl Fn(i32) -> f32,
        title: &str,
    ) {
        let [left, top, width, height] = plot;
        for value in [0.0_f32, 5.0, 10.0] {
            let y = top + height * (1.0 - value / 10.0);
            self.put(
                Mark::Path {
                    points: vec![(left, y), (left + width, y)],
                    fill: None,
                    stroke: Some((if value == 0.0 { QUIET } else { LINE }, 0.5, None)),
                },
                Some(content),
            );
            let label = format!("{value}");
            let label_width = self.fonts.width(&label, Weight::Regular, SMALL);
            self.put(
                Mark::Text {
                    x: left - 4.0 - label_width,
                    y: y + 2.8,
                    size: SMALL,
                    weight: Weight::Regular,
                    colour: QUIET,
                    text: label,
                },
                Some(content),
            );
        }
        for (index, (at, label)) in ticks.iter().enumerate() {
            let x = x_of(*at as i32);
            let label_width = self.fonts.width(label, Weight::Regular, SMALL);
            // The first label starts at the axis, clear of the "0" beside it.
            let x = if index == 0 {
                left
            } else {
                (x - label_width / 2.0).min(left + width - label_width)
            };
            self.put(
                Mark::Text {
                    x,
                    y: top + height + 9.0,
                    size: SMALL,
                    weight: Weight::Regular,
                    colour: QUIET,
                    text: label.clone(),
                },
                Some(content),
            );
        }
        if title.is_empty() {
            return;
        }
        let title_width = self.fonts.width(title, Weight::Regular, 7.5);
        self.put(
            Mark::Text {
                x: left + (width - title_width) / 2.0,
                y: top + height + 18.0,
                size: 7.5,
                weight: Weight::Regular,
                colour: QUIET,
                text: title.to_owned(),
            },
            Some(content),
        );
    }

    fn monthly(&mut self, monthly: &MonthlyChart) {
        self.heading("Monthly self-ratings", 150.0);
        let legend: Vec<(Colour, Marker, String)> = monthly
            .lines
            .iter()
            .enumerate()
            .map(|(index, line)| {
                let (colour, shape) = SERIES[index % SERIES.len()];
                let MonthlyLine {
                    name, low, high, ..
                } = line;
                (colour, shape, format!("{name} (0 {low} – 10 {high})"))
            })
            .collect();
        let intro = self.para(
            "Once a month the person rates their skin from 0 to 10; ratings before Session 1 are the baseline. Dashed lines mark the sessions (S1 is Session 1).",
            BODY,
            Weight::Regular,
            QUIET,
        );
        self.tree.push(intro);
        self.y += 3.0;
        self.legend(&legend);
        self.y += 4.0;
        let height = 130.0;
        self.ensure(height);
        let content = self.content(true);
        let plot = [MARGIN + 18.0, self.y + 8.0, self.width() - 30.0, 90.0];
        let first = monthly
            .lines
            .iter()
            .filter_map(|line| line.points.first().map(|(date, _)| *date))
            .chain(
                monthly
                    .sessions
                    .iter()
                    .map(|(_, date)| date.first_of_month()),
            )
            .min();
        let last = monthly
            .lines
            .iter()
            .filter_map(|line| line.points.last().map(|(date, _)| *date))
            .chain(monthly.sessions.iter().map(|(_, date)| *date))
            .max();
        let (Some(first), Some(last)) = (first, last) else {
            return;
        };
        let span = crate::plan::days_between(first, last).max(1) as f32;
        let x_of_date =
            |date: Date| plot[0] + plot[2] * crate::plan::days_between(first, date) as f32 / span;
        let y_of = |value: f32| plot[1] + plot[3] * (1.0 - value / 10.0);
        let ticks = month_ticks(first, last);
        let tick_days: Vec<(f32, String)> = ticks
            .iter()
            .map(|(date, label)| {
                (
                    crate::plan::days_between(first, *date) as f32,
                    label.clone(),
                )
            })
            .collect();
        self.axes(
            plot,
            content,
            &tick_days,
            |day| plot[0] + plot[2] * day as f32 / span,
            "",
        );
        for (number, date) in &monthly.sessions {
            let x = x_of_date(*date);
            self.put(
                Mark::Path {
                    points: vec![(x, plot[1]), (x, plot[1] + plot[3])],
                    fill: None,
                    stroke: Some((QUIET, 0.6, Some([2.0, 2.0]))),
                },
                Some(content),
            );
            self.put(
                Mark::Text {
                    x: x + 2.0,
                    y: plot[1] + 6.0,
                    size: 6.5,
                    weight: Weight::Regular,
                    colour: QUIET,
                    text: format!("S{number}"),
                },
                Some(content),
            );
        }
        for (index, MonthlyLine { points, .. }) in monthly.lines.iter().enumerate() {
            let line: Vec<(f32, f32)> = points
                .iter()
                .map(|(date, value)| (x_of_date(*date), y_of(f32::from(*value))))
                .collect();
            self.series(line, SERIES[index % SERIES.len()], content);
        }
        let alt = format!(
            "Chart of the monthly self-ratings from 0 to 10. {}",
            monthly
                .lines
                .iter()
                .map(|MonthlyLine { name, points, .. }| format!(
                    "{name}: {}.",
                    points
                        .iter()
                        .map(|(date, value)| format!("{} {value}", month_label(*date)))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
                .collect::<Vec<_>>()
                .join(" ")
        );
        self.tree
            .push(Elem::new(Kind::Figure(alt), vec![Child::Content(content)]));
        self.y += height;
    }

    fn steps(&mut self, steps: &StepsTable) {
        self.heading("Preparation and aftercare steps", 60.0);
        if steps.sessions.is_empty() {
            let para = self.para(
                "No session falls in this period.",
                BODY,
                Weight::Regular,
                TEXT,
            );
            self.tree.push(para);
            return;
        }
        let mut intro = "As ticked in the app's checklists, per session. \u{201c}Not ticked\u{201d} means the step was not ticked; it may still have been done. Aftercare kept day by day (sun, make-up, products) has no tick in the app, so it is not shown.".to_owned();
        if steps.sessions_left_out > 0 {
            intro.push_str(&format!(
                " The latest {} sessions are shown; {} earlier in the period are not.",
                steps.sessions.len(),
                steps.sessions_left_out
            ));
        }
        let para = self.para(&intro, BODY, Weight::Regular, QUIET);
        self.tree.push(para);
        for group in &steps.groups {
            if group.rows.is_empty() {
                continue;
            }
            self.sub_heading(&group.name, 40.0);
            self.table(steps, &group.rows);
        }
    }

    /// One steps table: a header row of sessions, then a row per step.
    fn table(&mut self, steps: &StepsTable, rows: &[super::StepRow]) {
        let width = self.width();
        let columns = steps.sessions.len();
        let state_width = (width * 0.55 / columns as f32).clamp(58.0, 80.0);
        let step_width = width - state_width * columns as f32;
        let row_height = SMALL * LEADING + 4.0;
        let headers: Vec<String> = steps
            .sessions
            .iter()
            .map(|session| {
                format!(
                    "Session {}\n{}",
                    session.number,
                    session.date.strftime("%-d %b %Y")
                )
            })
            .collect();
        let header_lines = headers
            .iter()
            .map(|header| {
                self.fonts
                    .wrap(header, Weight::Bold, SMALL, state_width - 6.0)
                    .len()
            })
            .max()
            .unwrap_or(1);
        let header_height = header_lines as f32 * SMALL * LEADING + 4.0;
        self.ensure(header_height + 2.0 * row_height);
        let head = self.table_header(&headers, step_width, state_width, header_height, false);
        let mut body = Vec::new();
        for (index, super::StepRow { step, states }) in rows.iter().enumerate() {
            let lines = self
                .fonts
                .wrap(step, Weight::Regular, SMALL, step_width - 8.0);
            let height = lines.len() as f32 * SMALL * LEADING + 4.0;
            if self.ensure(height) {
                // The header again on the new page, as decoration: it was read once already.
                self.table_header(&headers, step_width, state_width, header_height, true);
            }
            let top = self.y;
            if index % 2 == 1 {
                self.put(
                    Mark::Rect {
                        rect: [MARGIN, top, width, height],
                        fill: SHADE,
                    },
                    None,
                );
            }
            self.y = top + 2.0;
            let name = self.text(
                step,
                MARGIN + 4.0,
                step_width - 8.0,
                SMALL,
                Weight::Regular,
                TEXT,
            );
            let mut cells = vec![Elem::new(Kind::RowHeader, name).child()];
            for (column, state) in states.iter().enumerate() {
                self.y = top + 2.0;
                let x = MARGIN + step_width + column as f32 * state_width + 3.0;
                // The exceptions stand out: a step not ticked is bold, one not yet due is quiet.
                let (weight, colour) = match state {
                    super::StepState::NotTicked => (Weight::Bold, TEXT),
                    super::StepState::Done => (Weight::Regular, TEXT),
                    super::StepState::NotYet => (Weight::Regular, QUIET),
                };
                let cell = self.text(state.word(), x, state_width - 6.0, SMALL, weight, colour);
                cells.push(Elem::new(Kind::Cell, cell).child());
            }
            self.y = top + height;
            body.push(Elem::new(Kind::Row, cells).child());
        }
        self.put(
            Mark::Rect {
                rect: [MARGIN, self.y, width, 0.6],
                fill: LINE,
            },
            None,
        );
        self.y += 4.0;
        self.tree.push(Elem::new(
            Kind::Table,
            vec![
                Elem::new(Kind::Head, vec![head.child()]).child(),
                Elem::new(Kind::Rows, body).child(),
            ],
        ));
    }

    /// The header row; as decoration when `repeated`.
    fn table_header(
        &mut self,
        headers: &[String],
        step_width: f32,
        state_width: f32,
        height: f32,
        repeated: bool,
    ) -> Elem {
        let top = self.y;
        let width = self.width();
        self.put(
            Mark::Rect {
                rect: [MARGIN, top + height - 0.8, width, 0.8],
                fill: QUIET,
            },
            None,
        );
        let mut cells = Vec::new();
        let mut cell = |flow: &mut Self, text: &str, x: f32, cell_width: f32| {
            flow.y = top + 2.0;
            if repeated {
                for (line_index, line) in flow
                    .fonts
                    .wrap(text, Weight::Bold, SMALL, cell_width)
                    .into_iter()
                    .enumerate()
                {
                    flow.put(
                        Mark::Text {
                            x,
                            y: top + 2.0 + SMALL + line_index as f32 * SMALL * LEADING,
                            size: SMALL,
                            weight: Weight::Bold,
                            colour: TEXT,
                            text: line,
                        },
                        None,
                    );
                }
            } else {
                let children = flow.text(text, x, cell_width, SMALL, Weight::Bold, TEXT);
                cells.push(Elem::new(Kind::ColumnHeader, children).child());
            }
        };
        cell(self, "Step", MARGIN + 4.0, step_width - 8.0);
        for (column, header) in headers.iter().enumerate() {
            let x = MARGIN + step_width + column as f32 * state_width + 3.0;
            cell(self, header, x, state_width - 6.0);
        }
        self.y = top + height;
        Elem::new(Kind::Row, cells)
    }

    fn notes(&mut self, notes: &[Note], left_out: &[Note]) {
        if notes.is_empty() && left_out.is_empty() {
            return;
        }
        self.heading("The person's notes", 40.0);
        let width = self.width();
        let mut items = Vec::new();
        // Three columns, so a short note takes one line: the day, where it falls, the note.
        let (date_width, place_width) = (84.0, 86.0);
        let text_left = MARGIN + date_width + place_width;
        for note in notes {
            self.ensure(BODY * LEADING);
            let top = self.y;
            let page = self.pages.len();
            let mut label = self.text(
                &long_date(note.date),
                MARGIN,
                date_width - 4.0,
                BODY,
                Weight::Bold,
                TEXT,
            );
            let left_bottom = self.y;
            self.y = top;
            if let Some(place) = &note.place {
                label.extend(self.text(
                    place,
                    MARGIN + date_width,
                    place_width - 4.0,
                    SMALL,
                    Weight::Regular,
                    QUIET,
                ));
            }
            let left_bottom = left_bottom.max(self.y);
            self.y = top;
            let body = self.text(
                &note.text,
                text_left,
                width - date_width - place_width,
                BODY,
                Weight::Regular,
                TEXT,
            );
            if self.pages.len() == page {
                self.y = self.y.max(left_bottom);
            }
            self.y += 2.0;
            items.push(
                Elem::new(
                    Kind::Item,
                    vec![
                        Elem::new(Kind::Label, label).child(),
                        Elem::new(Kind::Body, body).child(),
                    ],
                )
                .child(),
            );
        }
        if !items.is_empty() {
            self.tree.push(Elem::new(Kind::List, items));
        }
        if let (Some(first), Some(last)) = (left_out.first(), left_out.last()) {
            let para = self.para(
                &format!(
                    "{} {}note{} ({} to {}) did not fit in {MAX_PAGES} pages; they are in the app's diary.",
                    left_out.len(),
                    if notes.is_empty() { "" } else { "earlier " },
                    if left_out.len() == 1 { "" } else { "s" },
                    long_date(first.date),
                    long_date(last.date)
                ),
                BODY,
                Weight::Regular,
                QUIET,
            );
            self.tree.push(para);
        }
    }

    fn photos(&mut self, photos: &[super::Photo; 2]) {
        let gap = 16.0;
        let cell = (self.width() - gap) / 2.0;
        let max_height: f32 = 200.0;
        // Both at the same height, each as wide as its shape needs, within its half.
        let widest = photos
            .iter()
            .map(|photo| photo.width as f32 / photo.height.max(1) as f32)
            .fold(0.0_f32, f32::max)
            .max(0.01);
        let height = max_height.min(cell / widest);
        self.heading("Before and after", height + 20.0);
        self.ensure(height + 20.0);
        let top = self.y;
        for (index, photo) in photos.iter().enumerate() {
            let left = MARGIN + index as f32 * (cell + gap);
            let width = height * photo.width as f32 / photo.height.max(1) as f32;
            let content = self.content(true);
            self.put(
                Mark::Photo {
                    index,
                    rect: [left, top, width, height],
                },
                Some(content),
            );
            self.y = top + height + 3.0;
            let caption = self.text(&photo.caption, left, cell, SMALL, Weight::Regular, QUIET);
            let alt = format!("Photo of the treated skin. {}.", photo.caption);
            self.tree.push(Elem::new(
                Kind::Figure(alt),
                vec![
                    Child::Content(content),
                    Elem::new(Kind::Caption, caption).child(),
                ],
            ));
        }
        self.y += 2.0;
        let caveat = self.para(
            "Taken by the person; light, distance and camera may differ between the two.",
            SMALL,
            Weight::Regular,
            QUIET,
        );
        self.tree.push(caveat);
        self.y += 4.0;
    }

    fn about(&mut self, report: &Report) {
        self.heading("About this report", 50.0);
        for (text, colour) in [
            (report.disclaimer.as_str(), TEXT),
            (report.guide_line.as_str(), QUIET),
            (report.made_line.as_str(), QUIET),
        ] {
            let para = self.para(text, BODY, Weight::Regular, colour);
            self.tree.push(para);
            self.y += 2.0;
        }
    }

    /// Adds the footer to every page, now that their number is known.
    fn finish(mut self, report: &Report) -> Laid {
        let count = self.pages.len();
        let (page_width, page_height) = self.paper.size();
        // Each page names whose report it is and when it was made, in case the pages part.
        let made = report.made_on.strftime("%-d\u{a0}%b\u{a0}%Y");
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

/// The advice the app gives at `urgency`, in the words of its care cards, for the clinic to read.
fn urgency_advice(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::ContactClinic => "contact the clinic",
        Urgency::SameDay => "get medical advice the same day",
        Urgency::Emergency => "emergency, call for help now",
    }
}

/// The colour of an urgency's bar (NHS care-card colours).
fn urgency_colour(urgency: Urgency) -> Colour {
    match urgency {
        Urgency::ContactClinic => [0xff, 0xb8, 0x1c],
        Urgency::SameDay => [0xed, 0x8b, 0x00],
        Urgency::Emergency => [0xd5, 0x28, 0x1b],
    }
}

/// Session `number`'s style.
fn series_style(number: usize) -> (Colour, Marker) {
    SERIES[number.saturating_sub(1) % SERIES.len()]
}

/// Ticks on a day axis up to `last_day`: every week, or every four weeks on a long axis.
fn day_ticks(last_day: i32) -> Vec<(f32, String)> {
    let step = if last_day > 35 { 28 } else { 7 };
    (0..=last_day)
        .step_by(step)
        .map(|day| {
            // "day 0" at the corner, so it does not read as one number with the "0" beside it.
            let label = if day == 0 {
                "day 0".to_owned()
            } else {
                day.to_string()
            };
            (day as f32, label)
        })
        .collect()
}

/// "Mar 2026".
fn month_label(date: Date) -> String {
    date.strftime("%b\u{a0}%Y").to_string()
}

/// Month ticks from `first` to `last`: every month, or every few when there are many.
fn month_ticks(first: Date, last: Date) -> Vec<(Date, String)> {
    let mut months = Vec::new();
    let mut month = first.first_of_month();
    while month <= last && months.len() < 1200 {
        months.push(month);
        month = month.saturating_add(jiff::Span::new().months(1));
    }
    let step = months.len().div_ceil(8).max(1);
    months
        .into_iter()
        .step_by(step)
        .map(|month| (month, month_label(month)))
        .collect()
}

/// The first `most` of `items`, and how many more.
fn abbreviate(items: &[String], most: usize) -> String {
    if items.len() <= most {
        return items.join(", ");
    }
    format!(
        "{} and {} more",
        items[..most].join(", "),
        items.len() - most
    )
}
