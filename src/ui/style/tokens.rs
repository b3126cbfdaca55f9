//! The design tokens: spacing steps, corner radii, the type scale and dialog widths. Every gap,
//! corner and size in the app is one of these.

/// Spacing steps, in points: every gap in the app is one of these.
pub mod space {
    /// Between the lines of one item, such as a source's title and its details.
    pub const LINE: f32 = 2.0;
    /// Between an icon and its label, or tight rows.
    pub const XS: f32 = 4.0;
    /// Between groups of controls or text inside a card.
    pub const GROUP: f32 = 6.0;
    /// Between related items.
    pub const S: f32 = 8.0;
    /// Before a heading inside a card.
    pub const SECTION: f32 = 10.0;
    /// Inside small boxes: a missing picture, a care card's body.
    pub const INSET: f32 = 12.0;
    /// Inside cards and callouts.
    pub const M: f32 = 14.0;
    /// Between cards.
    pub const L: f32 = 20.0;
    /// After a page's last card.
    pub const PAGE_END: f32 = 24.0;
    /// Before a page's first card.
    pub const XL: f32 = 32.0;
}

/// Corner radii, in points.
pub mod radius {
    /// Buttons, fields, chips.
    pub const SMALL: u8 = 6;
    /// Cards, callouts and dialogs.
    pub const CARD: u8 = 12;
}

/// The type scale, in points at 100 % text size.
pub mod size {
    /// A page's title.
    pub const TITLE: f32 = 28.0;
    /// A section's heading.
    pub const HEADING: f32 = 21.0;
    /// A question, a list's name, a card's heading.
    pub const SUBHEADING: f32 = 17.5;
    /// Running text.
    pub const BODY: f32 = 16.0;
    /// Buttons.
    pub const BUTTON: f32 = 15.0;
    /// Sources, dates, hints.
    pub const CAPTION: f32 = 13.5;
    /// Icons in the navigation and on buttons.
    pub const ICON: f32 = 20.0;
}

/// The widest a dialog grows, in points.
pub mod dialog_width {
    /// Settings with a few rows: the display dialog.
    pub const NARROW: f32 = 420.0;
    /// A question with two answers.
    pub const QUESTION: f32 = 440.0;
    /// Text to read: the about dialog.
    pub const READING: f32 = 480.0;
    /// A form: exporting the plan.
    pub const FORM: f32 = 520.0;
    /// Wide tables and longer forms: the shortcuts and the clinic report.
    pub const WIDE: f32 = 560.0;
}
