//! The guide as written in `content.ron`: serde types for its pages, questions, checklists,
//! sources, evidence and diary settings, with the lookups the rest of the program needs. No egui,
//! and no checks: those are in `content::checks`.

mod checklist;
mod citation;
mod diary;
mod evidence;
mod plan;
mod sources;

use serde::{Deserialize, Serialize};

pub use checklist::{Checklist, ChecklistItem, ChecklistKind, ItemKind, Window};
pub use citation::Citation;
pub use diary::{
    DiarySettings, DiarySign, MAX_RATING, RisingRule, Rule, Scale, StillHighRule, UsualBand,
};
pub use evidence::{Evidence, GlossaryEntry, Urgency, glossary_terms_in};
pub use plan::{PlanSettings, WeekRange};
pub use sources::{Source, SourceKind};

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

impl Guide {
    /// Every text a person reads about the treatment: page intros, section titles and bodies,
    /// questions and answers, checklist items and their details.
    pub fn all_texts(&self) -> impl Iterator<Item = &str> {
        let pages = self.pages().into_iter().flat_map(|(_, page)| {
            page.intro
                .as_deref()
                .into_iter()
                .chain(page.sections.iter().flat_map(|section| {
                    std::iter::once(section.title.as_str())
                        .chain(section.body.iter().flat_map(Block::texts))
                }))
        });
        let faq = self.faq.iter().flat_map(|entry| {
            std::iter::once(entry.question.as_str())
                .chain(entry.answer.iter().flat_map(Block::texts))
        });
        let items = self.checklist_items().flat_map(|(_, item)| {
            std::iter::once(item.text.as_str()).chain(item.detail.as_deref())
        });
        pages.chain(faq).chain(items)
    }
}
