//! The guide's content: serde types for `content.ron`, and the one step that turns its text into a
//! validated [`Guide`] or a list of located problems.
//!
//! Nothing here knows about egui. After [`parse`] succeeds, the rest of the program never sees an
//! invalid guide: every id is unique, every text is non-empty, every source reference resolves.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The shipped `content.ron`, compiled into the binary so the app runs with no files beside it.
pub const EMBEDDED_CONTENT: &str = include_str!("../content.ron");

/// The file name the app looks for in the current directory.
pub const CONTENT_FILE_NAME: &str = "content.ron";

/// Content files larger than this are refused before parsing.
pub const MAX_CONTENT_BYTES: u64 = 16 * 1024 * 1024;

/// Content whose `last_reviewed` date is older than this gets a warning.
const REVIEW_MAX_AGE_MONTHS: i64 = 12;

/// How deeply RON values may nest before the parser gives up (the guide needs fewer than ten).
const RON_RECURSION_LIMIT: usize = 64;

// ----------------------------------------------------------------------------
// The model.

/// The whole guide, as written in `content.ron`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    /// The guide's name, also the window title, e.g. "Microneedling Guide".
    pub title: String,

    /// One sentence under the title saying what the guide is for.
    pub tagline: String,

    /// The date the medical content was last checked against its sources, as `YYYY-MM-DD`.
    pub last_reviewed: String,

    /// A short medical disclaimer, shown on the Overview tab.
    pub disclaimer: String,

    /// What microneedling is and how it works.
    pub overview: Page,

    /// What the treatment can and cannot do.
    pub benefits: Page,

    /// What to do in the weeks and days before a treatment.
    pub preparation: Page,

    /// What happens during the treatment and how to look after the skin afterwards.
    pub aftercare: Page,

    /// Common questions, each expanding to its answer.
    pub faq: Vec<FaqEntry>,

    /// Things to do before the treatment, ticked off by the person.
    pub before_checklist: Checklist,

    /// Things to do after the treatment, ticked off by the person.
    pub after_checklist: Checklist,

    /// Every source the guide cites, referenced by id from sections, answers and items.
    pub sources: Vec<Source>,
}

/// One tab of reading: a heading, an optional introduction and its sections.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// The page's heading.
    pub title: String,

    /// An optional paragraph under the heading.
    #[serde(default)]
    pub intro: Option<String>,

    /// The sections, in reading order.
    pub sections: Vec<Section>,
}

/// A titled part of a page.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable id, unique in the file (lowercase letters, digits and dashes).
    pub id: String,

    /// The section's heading.
    pub title: String,

    /// The text, as paragraphs, lists and warnings.
    pub body: Vec<Block>,

    /// Ids of the [`Source`]s this section rests on.
    #[serde(default)]
    pub sources: Vec<String>,
}

/// A piece of text inside a section or an answer.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub enum Block {
    /// A paragraph of running text.
    Paragraph(String),

    /// A bulleted list.
    Bullets(Vec<String>),

    /// A paragraph that needs the reader's attention, drawn as a callout.
    Warning(String),
}

/// A question and its answer.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FaqEntry {
    /// Stable id, unique in the file.
    pub id: String,

    /// The question, as a person would ask it.
    pub question: String,

    /// The answer.
    pub answer: Vec<Block>,

    /// Ids of the [`Source`]s the answer rests on.
    #[serde(default)]
    pub sources: Vec<String>,
}

/// A list of things to tick off.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    /// The list's heading, e.g. "Before treatment".
    pub title: String,

    /// An optional sentence under the heading.
    #[serde(default)]
    pub intro: Option<String>,

    /// The items, in the order they are usually done.
    pub items: Vec<ChecklistItem>,
}

/// One thing to do. Ticks are stored by [`ChecklistItem::id`], so reordering or rewording the
/// content does not move anyone's ticks.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ChecklistItem {
    /// Stable id, unique in the file. Changing it un-ticks the item for everyone.
    pub id: String,

    /// What to do, short enough to read at a glance.
    pub text: String,

    /// Why, or how, in a sentence or two.
    #[serde(default)]
    pub detail: Option<String>,

    /// Ids of the [`Source`]s this item rests on.
    #[serde(default)]
    pub sources: Vec<String>,
}

/// Something the guide cites.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Stable id, unique in the file, used by `sources: [...]` lists.
    pub id: String,

    /// The title of the page or paper.
    pub title: String,

    /// Who published it.
    pub publisher: String,

    /// The year it was published or last updated, where known.
    #[serde(default)]
    pub year: Option<u16>,

    /// Where to read it: an `http` or `https` address.
    pub url: String,

    /// What kind of source it is, which says how much weight it carries.
    pub kind: SourceKind,
}

/// What kind of publisher a [`Source`] comes from, most authoritative first.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
pub enum SourceKind {
    /// A public health service, such as an NHS trust's patient leaflet.
    HealthService,

    /// A professional body of dermatologists or surgeons.
    ProfessionalBody,

    /// A medicines or devices regulator.
    Regulator,

    /// A peer-reviewed study or review.
    PeerReviewed,

    /// A clinic's own information page.
    Clinic,

    /// A magazine or web article.
    Article,
}

impl SourceKind {
    /// Every kind, most authoritative first.
    pub const ALL: [Self; 6] = [
        Self::HealthService,
        Self::ProfessionalBody,
        Self::Regulator,
        Self::PeerReviewed,
        Self::Clinic,
        Self::Article,
    ];

    /// A plural heading for a group of sources of this kind.
    pub fn heading(self) -> &'static str {
        match self {
            Self::HealthService => "Health services",
            Self::ProfessionalBody => "Professional bodies",
            Self::Regulator => "Regulators",
            Self::PeerReviewed => "Peer-reviewed research",
            Self::Clinic => "Clinics",
            Self::Article => "Articles",
        }
    }
}

/// Which of the two checklists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChecklistKind {
    /// Things to do before the treatment.
    Before,

    /// Things to do after the treatment.
    After,
}

impl ChecklistKind {
    /// Both lists, in the order they are done.
    pub const ALL: [Self; 2] = [Self::Before, Self::After];
}

impl Guide {
    /// One of the two checklists.
    pub fn checklist(&self, kind: ChecklistKind) -> &Checklist {
        match kind {
            ChecklistKind::Before => &self.before_checklist,
            ChecklistKind::After => &self.after_checklist,
        }
    }

    /// Looks up a source by id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    /// How many checklist items the guide has, before and after together.
    pub fn checklist_item_count(&self) -> usize {
        self.before_checklist.items.len() + self.after_checklist.items.len()
    }

    /// A one-line summary for `check`, e.g. `5 benefits, 5 FAQs, 11 checklist items, 12 sources`.
    pub fn summary(&self) -> String {
        format!(
            "{} benefits, {} FAQs, {} checklist items, {} sources",
            self.benefits.sections.len(),
            self.faq.len(),
            self.checklist_item_count(),
            self.sources.len()
        )
    }
}

impl Block {
    /// The block's text, one string per paragraph or list entry.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        let texts: &[String] = match self {
            Self::Paragraph(text) | Self::Warning(text) => std::slice::from_ref(text),
            Self::Bullets(items) => items,
        };
        texts.iter().map(String::as_str)
    }
}

// ----------------------------------------------------------------------------
// Where content comes from.

/// Where the guide's text was read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A `content.ron` on disk.
    File(PathBuf),

    /// The copy compiled into the binary.
    Embedded,
}

impl Origin {
    /// Picks the content the app should use, in order: the `--content` path; `content.ron` in
    /// `current_dir`, which must be the working directory (the local file is named relative to
    /// it); the embedded copy.
    pub fn resolve(explicit: Option<PathBuf>, current_dir: &Path) -> Self {
        if let Some(path) = explicit {
            return Self::File(path);
        }
        if current_dir.join(CONTENT_FILE_NAME).is_file() {
            // Relative, so messages read `content.ron:3:7` rather than a long absolute path.
            Self::File(PathBuf::from(CONTENT_FILE_NAME))
        } else {
            Self::Embedded
        }
    }

    /// How errors and the About box name this origin.
    pub fn display_name(&self) -> String {
        match self {
            Self::File(path) => path.display().to_string(),
            Self::Embedded => "built-in guide".to_owned(),
        }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display_name())
    }
}

/// A validated guide, where it came from, and anything worth a warning.
#[derive(Clone, Debug)]
pub struct LoadedGuide {
    /// The validated guide.
    pub guide: Guide,

    /// Where it was read from.
    pub origin: Origin,

    /// Problems that do not stop the guide from being shown.
    pub warnings: Vec<Problem>,
}

/// Today's date in the local time zone, for [`load`] and [`parse`] outside tests.
pub fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

/// Reads and validates the content at `origin`; `today` dates the review-age warning.
pub fn load(origin: &Origin, today: jiff::civil::Date) -> Result<LoadedGuide, ContentError> {
    let text = match origin {
        Origin::Embedded => EMBEDDED_CONTENT.to_owned(),
        Origin::File(path) => read_content_file(path)?,
    };
    let (guide, warnings) = parse(&text, today).map_err(|problems| ContentError::Invalid {
        origin: origin.clone(),
        problems,
    })?;
    Ok(LoadedGuide {
        guide,
        origin: origin.clone(),
        warnings,
    })
}

/// Loads the embedded guide, which the test suite proves valid.
pub fn load_embedded(today: jiff::civil::Date) -> Result<LoadedGuide, ContentError> {
    load(&Origin::Embedded, today)
}

fn read_content_file(path: &Path) -> Result<String, ContentError> {
    let read_error = |source| ContentError::Read {
        path: path.to_owned(),
        source,
    };
    let size_bytes = std::fs::metadata(path).map_err(read_error)?.len();
    if size_bytes > MAX_CONTENT_BYTES {
        return Err(ContentError::TooLarge {
            path: path.to_owned(),
            size_bytes,
        });
    }
    let bytes = std::fs::read(path).map_err(read_error)?;
    String::from_utf8(bytes).map_err(|err| {
        let offset = err.utf8_error().valid_up_to();
        let (line, column) = line_column(&String::from_utf8_lossy(err.as_bytes()), offset);
        ContentError::Invalid {
            origin: Origin::File(path.to_owned()),
            problems: vec![Problem::error(
                line,
                column,
                "the file is not valid UTF-8 text; save it as UTF-8",
            )],
        }
    })
}

/// Why content could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    /// The file could not be read at all.
    #[error("{}: cannot read the file: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },

    /// The file is larger than [`MAX_CONTENT_BYTES`].
    #[error("{}: the file is {size_bytes} bytes; content files may be at most 16 MiB", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size_bytes: u64,
    },

    /// The text is not a valid guide.
    #[error("{}", format_problems(origin, problems))]
    Invalid {
        /// Where the text came from.
        origin: Origin,
        /// Every problem found, in file order, errors and warnings alike.
        problems: Vec<Problem>,
    },
}

impl ContentError {
    /// The content the error is about.
    pub fn origin(&self) -> Origin {
        match self {
            Self::Read { path, .. } | Self::TooLarge { path, .. } => Origin::File(path.clone()),
            Self::Invalid { origin, .. } => origin.clone(),
        }
    }
}

fn format_problems(origin: &Origin, problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|problem| problem.located(origin))
        .collect::<Vec<_>>()
        .join("\n")
}

/// How bad a [`Problem`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The guide cannot be used.
    Error,

    /// The guide can be used, but the author should look.
    Warning,
}

/// One thing wrong with a content file, with the place it was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Error or warning.
    pub severity: Severity,

    /// 1-based line.
    pub line: usize,

    /// 1-based column, in characters.
    pub column: usize,

    /// What is wrong, and what was expected.
    pub message: String,
}

impl Problem {
    fn error(line: usize, column: usize, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            line,
            column,
            message: message.into(),
        }
    }

    /// `PATH:LINE:COL: message`, as `check` prints it.
    pub fn located(&self, origin: &Origin) -> String {
        let severity = match self.severity {
            Severity::Error => "",
            Severity::Warning => "warning: ",
        };
        format!(
            "{origin}:{}:{}: {severity}{}",
            self.line, self.column, self.message
        )
    }
}

// ----------------------------------------------------------------------------
// Parsing and validation.

/// Turns the text of a content file into a validated guide plus warnings, or every error found.
///
/// A syntax error stops at the first one (RON cannot recover); validation reports all it finds.
/// `today` is compared with `last_reviewed`: content not reviewed for a year gets a warning.
pub fn parse(text: &str, today: jiff::civil::Date) -> Result<(Guide, Vec<Problem>), Vec<Problem>> {
    // A byte-order mark is legal at the start of a UTF-8 file, but RON does not expect one.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);

    let options = ron::Options::default().with_recursion_limit(RON_RECURSION_LIMIT);
    let guide: Guide = options.from_str(text).map_err(|err| {
        // RON reports some errors at the blank before the offending token; point at the token.
        let offset = offset_of(text, err.span.start.line, err.span.start.col);
        let skipped = text[offset..].len() - text[offset..].trim_start().len();
        let (line, column) = line_column(text, offset + skipped);
        vec![Problem::error(line, column, syntax_message(&err.code))]
    })?;

    let mut findings = Vec::new();
    validate(&guide, today, &mut findings);
    let mut problems: Vec<Problem> = findings
        .into_iter()
        .map(|finding| {
            let offset = finding.anchor.locate(text);
            let (line, column) = line_column(text, offset);
            Problem {
                severity: finding.severity,
                line,
                column,
                message: finding.message,
            }
        })
        .collect();
    problems.sort_by_key(|problem| (problem.line, problem.column));

    if problems
        .iter()
        .any(|problem| problem.severity == Severity::Error)
    {
        Err(problems)
    } else {
        Ok((guide, problems))
    }
}

fn syntax_message(code: &ron::Error) -> String {
    let message = code.to_string();
    // RON's messages are good; add the one hint it cannot give.
    if matches!(code, ron::Error::NoSuchStructField { .. }) {
        format!("{message} (the comment at the top of content.ron lists the parts)")
    } else {
        message
    }
}

/// A problem found by [`validate`], before it has a line and column.
struct Finding {
    severity: Severity,
    anchor: Anchor,
    message: String,
}

/// Where in the text a validation problem is, as a path of landmarks searched in order.
///
/// RON does not keep spans for values, so validation names the place by landmarks that are in
/// the text anyway: a field name, or an `id: "…"` definition.
#[derive(Clone, Debug)]
struct Anchor(Vec<Landmark>);

#[derive(Clone, Debug)]
enum Landmark {
    /// The next `name:` field.
    Field(&'static str),

    /// The next `id: "value"` definition.
    Id(String),
}

impl Anchor {
    fn field(name: &'static str) -> Self {
        Self(vec![Landmark::Field(name)])
    }

    fn id(id: &str) -> Self {
        Self(vec![Landmark::Id(id.to_owned())])
    }

    fn then_field(mut self, name: &'static str) -> Self {
        self.0.push(Landmark::Field(name));
        self
    }

    fn then_id(mut self, id: &str) -> Self {
        self.0.push(Landmark::Id(id.to_owned()));
        self
    }

    /// The byte offset of the last landmark, or of the last one found.
    fn locate(&self, text: &str) -> usize {
        let mut offset = 0;
        for landmark in &self.0 {
            let found = match landmark {
                Landmark::Field(name) => find_field(text, offset, name, None),
                Landmark::Id(id) => find_field(text, offset, "id", Some(id)),
            };
            match found {
                Some(at) => offset = at,
                None => break,
            }
        }
        offset
    }
}

/// Finds the next `name:` (followed by the string literal `value`, if given) at or after `from`,
/// skipping comments and string contents. Returns the offset of the name, or of the value when
/// one is given.
fn find_field(text: &str, from: usize, name: &str, value: Option<&str>) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = text[i..].find('\n').map_or(bytes.len(), |n| i + n);
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = text[i + 2..]
                    .find("*/")
                    .map_or(bytes.len(), |n| i + 2 + n + 2);
            }
            b'"' => i = skip_string(bytes, i),
            b if b.is_ascii_alphabetic() || b == b'_' => {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                if &text[start..i] != name {
                    continue;
                }
                let rest = text[i..].trim_start();
                let Some(after_colon) = rest.strip_prefix(':') else {
                    continue;
                };
                let Some(expected) = value else {
                    return Some(start);
                };
                let value_text = after_colon.trim_start();
                let value_at = text.len() - value_text.len();
                if value_text.starts_with(&format!("{expected:?}")) {
                    return Some(value_at);
                }
            }
            _ => i += 1,
        }
    }
    None
}

/// Returns the offset just after the string literal that starts at `start`.
fn skip_string(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The byte offset of a 1-based line and column (in characters), clamped to the text.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(offset, _)| offset + 1)
    };
    text[line_start..]
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(text.len(), |(offset, _)| line_start + offset)
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

fn validate(guide: &Guide, today: jiff::civil::Date, out: &mut Vec<Finding>) {
    let mut check = Checker {
        out,
        ids: BTreeSet::new(),
        source_ids: guide
            .sources
            .iter()
            .map(|source| source.id.clone())
            .collect(),
    };

    check.text(&guide.title, Anchor::field("title"), "the guide's title");
    check.text(&guide.tagline, Anchor::field("tagline"), "the tagline");
    check.text(
        &guide.disclaimer,
        Anchor::field("disclaimer"),
        "the disclaimer",
    );
    match jiff::civil::Date::strptime("%Y-%m-%d", &guide.last_reviewed) {
        Ok(reviewed) => {
            let due = reviewed.saturating_add(jiff::Span::new().months(REVIEW_MAX_AGE_MONTHS));
            if due < today {
                check.warning(
                    Anchor::field("last_reviewed"),
                    format!(
                        "last_reviewed is {reviewed}, more than a year ago; check the content against its sources and update the date"
                    ),
                );
            }
        }
        Err(_) => check.error(
            Anchor::field("last_reviewed"),
            format!(
                "last_reviewed is {:?}; expected a date like \"2026-11-25\"",
                guide.last_reviewed
            ),
        ),
    }

    // Sources first, so their ids are claimed before anything else uses them.
    if guide.sources.is_empty() {
        check.error(
            Anchor::field("sources"),
            "sources is empty; expected at least one source",
        );
    }
    for source in &guide.sources {
        check.id(&source.id, "source");
        let at = Anchor::id(&source.id);
        check.text(&source.title, at.clone(), "the source's title");
        check.text(&source.publisher, at.clone(), "the source's publisher");
        if !is_web_address(&source.url) {
            check.error(
                at.then_field("url"),
                format!(
                    "source {:?}: url {:?} is not a web address; expected one starting with https:// or http://",
                    source.id, source.url
                ),
            );
        }
    }

    for (field, page) in [
        ("overview", &guide.overview),
        ("benefits", &guide.benefits),
        ("preparation", &guide.preparation),
        ("aftercare", &guide.aftercare),
    ] {
        check.page(field, page);
    }

    if guide.faq.is_empty() {
        check.error(
            Anchor::field("faq"),
            "faq is empty; expected at least one question",
        );
    }
    for entry in &guide.faq {
        check.id(&entry.id, "question");
        let at = Anchor::id(&entry.id);
        check.text(&entry.question, at.clone(), "the question");
        check.blocks(&entry.answer, at.clone(), "the answer");
        check.citations(&entry.sources, at, &format!("question {:?}", entry.id));
    }

    for (field, list) in [
        ("before_checklist", &guide.before_checklist),
        ("after_checklist", &guide.after_checklist),
    ] {
        let at = Anchor::field(field);
        check.text(
            &list.title,
            at.clone().then_field("title"),
            "the list's title",
        );
        if list.items.is_empty() {
            check.error(
                at.then_field("items"),
                format!("{field} has no items; expected at least one"),
            );
        }
        for item in &list.items {
            check.id(&item.id, "checklist item");
            let at = Anchor::field(field).then_id(&item.id);
            check.text(&item.text, at.clone(), "the item's text");
            if let Some(detail) = &item.detail {
                check.text(detail, at.clone(), "the item's detail");
            }
            check.citations(&item.sources, at, &format!("checklist item {:?}", item.id));
        }
    }
}

struct Checker<'a> {
    out: &'a mut Vec<Finding>,
    ids: BTreeSet<String>,
    source_ids: BTreeSet<String>,
}

impl Checker<'_> {
    fn error(&mut self, anchor: Anchor, message: impl Into<String>) {
        self.out.push(Finding {
            severity: Severity::Error,
            anchor,
            message: message.into(),
        });
    }

    fn warning(&mut self, anchor: Anchor, message: impl Into<String>) {
        self.out.push(Finding {
            severity: Severity::Warning,
            anchor,
            message: message.into(),
        });
    }

    fn text(&mut self, text: &str, anchor: Anchor, what: &str) {
        if text.trim().is_empty() {
            self.error(anchor, format!("{what} is empty; expected some text"));
        }
    }

    /// Checks an id's form, and that no earlier part of the file uses it.
    fn id(&mut self, id: &str, what: &str) {
        let well_formed = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !well_formed {
            self.error(
                Anchor::id(id),
                format!(
                    "{what} id {id:?} is not valid; expected lowercase letters, digits and dashes, like \"avoid-sun\""
                ),
            );
        } else if !self.ids.insert(id.to_owned()) {
            // Point at the second definition: the first one is fine.
            self.error(
                Anchor::id(id).then_id(id),
                format!("{what} id {id:?} is used twice; ids must be unique in the file"),
            );
        }
    }

    fn blocks(&mut self, blocks: &[Block], anchor: Anchor, what: &str) {
        if blocks.is_empty() {
            self.error(
                anchor.clone(),
                format!("{what} is empty; expected some text"),
            );
        }
        for block in blocks {
            if let Block::Bullets(items) = block
                && items.is_empty()
            {
                self.error(anchor.clone(), format!("{what} has an empty bullet list"));
            }
            if block.texts().any(|text| text.trim().is_empty()) {
                self.error(anchor.clone(), format!("{what} has an empty paragraph"));
            }
        }
    }

    fn citations(&mut self, cited: &[String], anchor: Anchor, owner: &str) {
        if cited.is_empty() {
            self.warning(
                anchor.clone(),
                format!("{owner} cites no source; add `sources: [\"…\"]`"),
            );
        }
        for id in cited {
            if !self.source_ids.contains(id) {
                self.error(
                    anchor.clone().then_field("sources"),
                    format!("{owner} cites {id:?}, which is not in the sources list"),
                );
            }
        }
    }

    fn page(&mut self, field: &'static str, page: &Page) {
        let at = Anchor::field(field);
        self.text(
            &page.title,
            at.clone().then_field("title"),
            &format!("the {field} page's title"),
        );
        if let Some(intro) = &page.intro {
            self.text(
                intro,
                at.clone().then_field("intro"),
                &format!("the {field} page's intro"),
            );
        }
        if page.sections.is_empty() {
            self.error(
                at.then_field("sections"),
                format!("the {field} page has no sections; expected at least one"),
            );
        }
        for section in &page.sections {
            self.id(&section.id, "section");
            let at = Anchor::field(field).then_id(&section.id);
            self.text(&section.title, at.clone(), "the section's title");
            self.blocks(&section.body, at.clone(), "the section's body");
            self.citations(&section.sources, at, &format!("section {:?}", section.id));
        }
    }
}

/// Is this an `http(s)` address with something after the scheme? The only links the guide opens.
pub fn is_web_address(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        !rest.is_empty() && !rest.starts_with('/') && !rest.chars().any(char::is_whitespace)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_content_parses_without_errors_or_warnings() {
        let (guide, warnings) = parse(EMBEDDED_CONTENT, jiff::civil::date(2026, 11, 25)).unwrap();
        assert!(warnings.is_empty(), "{warnings:#?}");
        assert_eq!(guide.benefits.sections.len(), 5);
        assert!(guide.faq.len() >= 5);
    }

    #[test]
    fn line_column_counts_characters_not_bytes() {
        let text = "ab\ncé d";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 3), (2, 1));
        // 'é' is two bytes: the space after it is the third character.
        assert_eq!(line_column(text, 6), (2, 3));
    }

    #[test]
    fn offset_of_inverts_line_column() {
        let text = "ab\ncé d\n";
        for offset in [0, 1, 3, 4, 6, 7] {
            let (line, column) = line_column(text, offset);
            assert_eq!(offset_of(text, line, column), offset);
        }
        assert_eq!(offset_of(text, 99, 1), text.len());
    }

    #[test]
    fn find_field_skips_comments_and_strings() {
        let text = "// id: \"x\"\n(note: \"id: \\\"x\\\"\", id: \"x\")";
        let at = find_field(text, 0, "id", Some("x")).unwrap();
        assert_eq!(&text[at..at + 3], "\"x\"");
        assert_eq!(line_column(text, at), (2, 25));
    }

    #[test]
    fn web_addresses_are_http_or_https_only() {
        assert!(is_web_address("https://www.nhs.uk/"));
        assert!(is_web_address("HTTP://example.org"));
        assert!(!is_web_address("file:///etc/passwd"));
        assert!(!is_web_address("javascript:alert(1)"));
        assert!(!is_web_address("https://"));
        assert!(!is_web_address("https:///path"));
        assert!(!is_web_address("ftp://example.org"));
    }
}
