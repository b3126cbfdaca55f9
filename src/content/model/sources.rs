//! The sources the guide cites, and what kind of publisher each is.

use serde::{Deserialize, Serialize};

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
