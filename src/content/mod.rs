//! The guide's content: serde types for `content.ron`, and the one step that turns its text into a
//! validated [`Guide`] or a list of located problems.
//!
//! Nothing here knows about egui. After [`parse`] succeeds, the rest of the program never sees an
//! invalid guide: every id is unique, every text is non-empty, every source reference resolves.

mod assets;
mod chars;
mod citation;
pub mod day_overlap;
mod diary;
mod evidence;
mod load;
mod locate;
mod number_words;
pub mod readability;
mod validate;

use serde::{Deserialize, Serialize};

pub use assets::{
    MAX_PICTURE_BYTES, MAX_PICTURE_SIDE_PX, Picture, PictureProblem, picture, picture_problem,
    picture_size_problem, picture_warnings, read_picture,
};
pub use chars::{escape_controls, is_bidi_control};
pub use citation::Citation;
pub use diary::{
    DiarySettings, DiarySign, MAX_RATING, RisingRule, Rule, Scale, StillHighRule, UsualBand,
};
pub use evidence::{Evidence, GlossaryEntry, Urgency, glossary_terms_in};
pub use load::{
    ContentError, FORMAT_DOCS, LoadedGuide, Origin, Problem, Severity, load, load_embedded,
    load_text, parse, parse_bytes, read_source, today,
};
pub use validate::{MAX_TEXT_CHARS, is_openable_link, is_web_address};

/// The shipped `content.ron`, compiled into the binary so the app runs with no files beside it.
pub const EMBEDDED_CONTENT: &str = include_str!("../../content.ron");

/// The pictures of the shipped content, compiled in beside it so the built-in guide needs no
/// files either: (path as written in content.ron, PNG bytes).
pub const EMBEDDED_ASSETS: [(&str, &[u8]); 2] = [
    (
        "assets/illustrations/skin-layers.png",
        include_bytes!("../../assets/illustrations/skin-layers.png"),
    ),
    (
        "assets/illustrations/scar-before-after.png",
        include_bytes!("../../assets/illustrations/scar-before-after.png"),
    ),
];

/// The folder, beside the content file, whose pictures `check` expects content to use.
pub const ILLUSTRATIONS_DIR: &str = "assets/illustrations";

/// Content files larger than this are refused before parsing.
pub const MAX_CONTENT_BYTES: u64 = 16 * 1024 * 1024;

/// The whole guide, as written in `content.ron`.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
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

    /// How treatment sessions are planned and what the Today panel shows after one.
    pub plan: PlanSettings,

    /// Every source the guide cites, referenced by id from sections, answers and items.
    pub sources: Vec<Source>,

    /// Medical words, explained where the text uses them and on the Sources tab.
    #[serde(default)]
    pub glossary: Vec<GlossaryEntry>,

    /// What the recovery diary asks, its usual course and when it warns.
    #[serde(default)]
    pub diary: DiarySettings,
}

/// One tab of reading: a heading, an optional introduction and its sections.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
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
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable id, unique in the file (lowercase letters, digits and dashes).
    pub id: String,

    /// The section's heading.
    pub title: String,

    /// The text, as paragraphs, lists and warnings.
    pub body: Vec<Block>,

    /// An illustration shown under the heading.
    #[serde(default)]
    pub image: Option<Image>,

    /// A timeline of one checklist's steps, drawn by the app from the items' windows under the
    /// heading: `timeline: Some(Before)` or `Some(After)`.
    #[serde(default)]
    pub timeline: Option<ChecklistKind>,

    /// How strong the evidence behind this section is.
    pub evidence: Evidence,

    /// The [`Source`]s this section rests on, each optionally saying where in the source.
    #[serde(default)]
    pub sources: Vec<Citation>,
}

/// A picture in a section.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Image {
    /// A PNG file, relative to the content file, e.g. `assets/illustrations/skin-layers.png`.
    pub path: String,

    /// What the picture shows, in words: read by screen readers, and shown when the picture
    /// cannot be.
    pub alt: String,
}

/// A piece of text inside a section or an answer.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub enum Block {
    /// A paragraph of running text.
    Paragraph(String),

    /// A bulleted list.
    Bullets(Vec<String>),

    /// Things to do, drawn as an NHS "do" list with ticks.
    Do(Vec<String>),

    /// Things not to do, drawn as an NHS "don't" list with crosses.
    Dont(Vec<String>),

    /// A paragraph that needs the reader's attention, drawn as a callout.
    Warning(String),

    /// Warning signs of one urgency and what to do about them, drawn as a care card.
    CareCard(CareCard),
}

/// Signs that need the same response, as NHS care cards group them.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CareCard {
    /// How quickly to act.
    pub urgency: Urgency,

    /// The signs, one per entry.
    pub signs: Vec<String>,

    /// What to do, naming the service (and the country, where it differs).
    pub action: String,
}

/// A question and its answer.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FaqEntry {
    /// Stable id, unique in the file.
    pub id: String,

    /// The question, as a person would ask it.
    pub question: String,

    /// The answer.
    pub answer: Vec<Block>,

    /// How strong the evidence behind the answer is.
    pub evidence: Evidence,

    /// The [`Source`]s the answer rests on, each optionally saying where in the source.
    #[serde(default)]
    pub sources: Vec<Citation>,
}

/// A list of things to tick off.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
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
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ChecklistItem {
    /// Stable id, unique in the file. Changing it un-ticks the item for everyone.
    pub id: String,

    /// What to do, short enough to read at a glance.
    pub text: String,

    /// A label of a few words for the row of a timeline, e.g. "Avoid sun and fake tan". The
    /// timeline uses [`Self::text`] when there is none.
    #[serde(default)]
    pub short: Option<String>,

    /// A one-off task to tick, or a rule to keep for the whole window.
    #[serde(default)]
    pub kind: ItemKind,

    /// The days around the treatment day when this applies.
    pub window: Window,

    /// Why, or how, in a sentence or two.
    #[serde(default)]
    pub detail: Option<String>,

    /// Ids of checklist items that contradict this one, so that their windows may not share a
    /// day ("only the clinic's gel" and "moisturise"). `check` warns when they do.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excludes: Vec<String>,

    /// The [`Source`]s this item rests on, each optionally saying where in the source.
    #[serde(default)]
    pub sources: Vec<Citation>,
}

/// Whether a checklist item is done once or kept up for a while.
#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
pub enum ItemKind {
    /// Something done once, ticked when done: "Book a consultation".
    #[default]
    Task,

    /// Something kept up every day of the window, never ticked: "Wear sunscreen". The app counts
    /// down to its last day instead.
    Rule,
}

impl ChecklistItem {
    /// The label for a timeline row: the short label, or else the whole text.
    pub fn short_label(&self) -> &str {
        self.short.as_deref().unwrap_or(&self.text)
    }

    /// Is this a rule to keep rather than a task to tick?
    pub fn is_rule(&self) -> bool {
        self.kind == ItemKind::Rule
    }
}

/// Days relative to the treatment day (day 0) during which a checklist item applies, both ends
/// included: `(from_day: -14, to_day: 0)` is the two weeks up to and including the treatment day.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Window {
    /// The first day, negative before the treatment.
    pub from_day: i32,

    /// The last day, included.
    pub to_day: i32,
}

/// How a series of sessions is planned.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PlanSettings {
    /// How many weeks apart sessions usually are.
    pub spacing_weeks: WeekRange,

    /// The id of the Aftercare section listing warning signs, shown in the Today panel after each
    /// session.
    pub warning_signs_section: String,

    /// For how many days after each session the Today panel shows the warning signs.
    pub warning_signs_days: u32,
}

/// A range of weeks, both ends included.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct WeekRange {
    /// The fewest weeks; closer sessions get a warning.
    pub min: u32,

    /// The most weeks; a new session is planned this far after the previous one.
    pub max: u32,
}

/// Something the guide cites.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
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
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord)]
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

/// Which of the two checklists (also how a section names the timeline it shows).
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
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

    /// Looks up a section of any page by id.
    pub fn section(&self, id: &str) -> Option<&Section> {
        [
            &self.overview,
            &self.benefits,
            &self.preparation,
            &self.aftercare,
        ]
        .into_iter()
        .flat_map(|page| &page.sections)
        .find(|section| section.id == id)
    }

    /// Every checklist item with its list, before-items first.
    pub fn checklist_items(&self) -> impl Iterator<Item = (ChecklistKind, &ChecklistItem)> {
        ChecklistKind::ALL.into_iter().flat_map(move |kind| {
            self.checklist(kind)
                .items
                .iter()
                .map(move |item| (kind, item))
        })
    }

    /// Every page with its field name in the file, in tab order.
    pub fn pages(&self) -> [(&'static str, &Page); 4] {
        [
            ("overview", &self.overview),
            ("benefits", &self.benefits),
            ("preparation", &self.preparation),
            ("aftercare", &self.aftercare),
        ]
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
    /// The block's text, one string per paragraph or list entry (a care card's signs, then
    /// its action).
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        let (texts, last): (&[String], Option<&String>) = match self {
            Self::Paragraph(text) | Self::Warning(text) => (std::slice::from_ref(text), None),
            Self::Bullets(items) | Self::Do(items) | Self::Dont(items) => (items, None),
            Self::CareCard(card) => (&card.signs, Some(&card.action)),
        };
        texts.iter().chain(last).map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_content_parses_without_errors_or_warnings() {
        let (guide, warnings) = parse(EMBEDDED_CONTENT, jiff::civil::date(2026, 11, 25)).unwrap();
        assert!(warnings.is_empty(), "{warnings:#?}");
        assert!(guide.benefits.sections.len() >= 5);
        assert!(guide.faq.len() >= 5);
    }
}
