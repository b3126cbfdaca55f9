//! The app's visual system in one place: the accent colour, the type scale, spacing steps,
//! corner radii, the colours of callouts and care cards, and the fonts. Screens take every
//! colour and size from here, so the contrast test in `contrast.rs` covers all of them.

mod contrast;

use egui::{Color32, FontFamily, FontId, RichText, Theme, Visuals};

pub use contrast::{contrast_ratio, control_pairs, text_pairs};

use crate::content::Urgency;

/// Spacing steps, in points: every gap in the app is one of these.
pub mod space {
    /// Between an icon and its label, or tight rows.
    pub const XS: f32 = 4.0;
    /// Between related items.
    pub const S: f32 = 8.0;
    /// Inside cards and callouts.
    pub const M: f32 = 14.0;
    /// Between cards.
    pub const L: f32 = 20.0;
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

/// The name of the semibold font family, for headings and emphasis.
pub const SEMIBOLD: &str = "semibold";

/// The semibold font at `size` points.
pub fn semibold(size: f32) -> FontId {
    FontId::new(size, FontFamily::Name(SEMIBOLD.into()))
}

/// `text` in the semibold font at `size`.
pub fn strong(text: impl Into<String>, size: f32) -> RichText {
    RichText::new(text).font(semibold(size))
}

/// `text` as a caption: small and in the weak text colour.
pub fn caption(text: impl Into<String>) -> RichText {
    RichText::new(text).size(size::CAPTION).weak()
}

/// Colours beyond egui's visuals, for one theme.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    /// The one accent colour: the selected section, the main action, the progress bar.
    pub accent: Color32,

    /// Text and icons drawn on the accent.
    pub on_accent: Color32,

    /// The accent as a text colour on the page and on cards.
    pub accent_text: Color32,

    /// Behind cards and dialogs.
    pub card_fill: Color32,

    /// Around cards.
    pub card_stroke: Color32,

    /// Behind the sidebar and the header.
    pub chrome_fill: Color32,

    /// The fill of the Today panel.
    pub panel_fill: Color32,

    /// The fill of warning callouts.
    pub callout_fill: Color32,

    /// The text and border of "due now".
    pub due: Color32,

    /// Behind search matches.
    pub highlight_fill: Color32,

    /// Search matches' text.
    pub highlight_text: Color32,

    /// A destructive action's button.
    pub destructive: Color32,

    /// Ticks on "do" lists.
    pub do_mark: Color32,

    /// Crosses on "don't" lists.
    pub dont_mark: Color32,

    /// Behind a toast.
    pub toast_fill: Color32,

    /// A toast's text.
    pub toast_text: Color32,
}

/// The palette for dark or light mode.
pub fn palette(dark_mode: bool) -> Palette {
    if dark_mode {
        Palette {
            accent: Color32::from_rgb(0x5c, 0xc3, 0xd1),
            on_accent: Color32::from_rgb(0x08, 0x1c, 0x20),
            accent_text: Color32::from_rgb(0x7f, 0xd6, 0xe3),
            card_fill: Color32::from_rgb(0x2a, 0x2c, 0x30),
            card_stroke: Color32::from_rgb(0x3a, 0x3c, 0x42),
            chrome_fill: Color32::from_rgb(0x24, 0x25, 0x29),
            panel_fill: Color32::from_rgb(0x2a, 0x2c, 0x30),
            callout_fill: Color32::from_rgb(0x3a, 0x2e, 0x12),
            due: Color32::from_rgb(0xff, 0xc4, 0x00),
            highlight_fill: Color32::from_rgb(0xff, 0xd5, 0x4f),
            highlight_text: Color32::BLACK,
            destructive: Color32::from_rgb(0xc0, 0x1c, 0x28),
            do_mark: Color32::from_rgb(0x5f, 0xd0, 0x8a),
            dont_mark: Color32::from_rgb(0xff, 0x8a, 0x80),
            toast_fill: Color32::from_rgb(0xe8, 0xe8, 0xec),
            toast_text: Color32::from_gray(0x14),
        }
    } else {
        Palette {
            accent: Color32::from_rgb(0x0e, 0x6b, 0x78),
            on_accent: Color32::WHITE,
            accent_text: Color32::from_rgb(0x0a, 0x5a, 0x66),
            card_fill: Color32::WHITE,
            card_stroke: Color32::from_rgb(0xdc, 0xdd, 0xe1),
            chrome_fill: Color32::from_rgb(0xeb, 0xec, 0xef),
            panel_fill: Color32::WHITE,
            callout_fill: Color32::from_rgb(0xfd, 0xf3, 0xdc),
            due: Color32::from_rgb(0x8a, 0x50, 0x00),
            highlight_fill: Color32::from_rgb(0xff, 0xe0, 0x66),
            highlight_text: Color32::BLACK,
            destructive: Color32::from_rgb(0xc0, 0x1c, 0x28),
            do_mark: Color32::from_rgb(0x00, 0x70, 0x3c),
            dont_mark: Color32::from_rgb(0xb0, 0x00, 0x00),
            toast_fill: Color32::from_rgb(0x2e, 0x30, 0x35),
            toast_text: Color32::WHITE,
        }
    }
}

/// How much attention a callout or card asks for, from information to an emergency.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Good to know: the disclaimer, a read-only window, "contact your clinic".
    Info,
    /// Take care: a warning paragraph, a problem with a file.
    Warning,
    /// Act today.
    Urgent,
    /// Act now.
    Emergency,
}

impl Tone {
    /// Every tone, for the contrast test.
    pub const ALL: [Self; 4] = [Self::Info, Self::Warning, Self::Urgent, Self::Emergency];

    /// The tone a care card of `urgency` is drawn in.
    pub fn of(urgency: Urgency) -> Self {
        match urgency {
            Urgency::ContactClinic => Self::Info,
            Urgency::SameDay => Self::Urgent,
            Urgency::Emergency => Self::Emergency,
        }
    }
}

/// The colours of a callout or care card of one tone.
#[derive(Clone, Copy, Debug)]
pub struct ToneColours {
    /// The heading band of a care card.
    pub heading_fill: Color32,

    /// The bar down a callout's left edge, and a care card's border.
    pub bar: Color32,

    /// The heading band's text.
    pub heading_text: Color32,

    /// Behind the body.
    pub body_fill: Color32,

    /// The body's text.
    pub body_text: Color32,
}

/// Callouts and care cards as the NHS draws them: blue to know or to contact the clinic,
/// yellow to take care, amber to act today, red for an emergency. Their headings say the tone in
/// words too, so colour is never the only cue.
pub fn tone_colours(dark_mode: bool, tone: Tone) -> ToneColours {
    let white = Color32::WHITE;
    let ink = Color32::from_gray(0x10);
    let (heading_fill, heading_text) = match tone {
        Tone::Info => (Color32::from_rgb(0x00, 0x5e, 0xb8), white),
        Tone::Warning => (Color32::from_rgb(0xff, 0xdd, 0x33), ink),
        Tone::Urgent => (Color32::from_rgb(0xff, 0xb8, 0x1c), ink),
        Tone::Emergency => (Color32::from_rgb(0xc4, 0x1e, 0x12), white),
    };
    let (body_fill, body_text) = if dark_mode {
        let fill = match tone {
            Tone::Info => Color32::from_rgb(0x16, 0x29, 0x3d),
            Tone::Warning => Color32::from_rgb(0x33, 0x2d, 0x10),
            Tone::Urgent => Color32::from_rgb(0x36, 0x29, 0x0c),
            Tone::Emergency => Color32::from_rgb(0x3d, 0x17, 0x14),
        };
        (fill, Color32::from_gray(228))
    } else {
        let fill = match tone {
            Tone::Info => Color32::from_rgb(0xe8, 0xf1, 0xfa),
            Tone::Warning => Color32::from_rgb(0xff, 0xf9, 0xd6),
            Tone::Urgent => Color32::from_rgb(0xff, 0xf1, 0xd6),
            Tone::Emergency => Color32::from_rgb(0xfd, 0xe8, 0xe6),
        };
        (fill, Color32::from_gray(20))
    };
    // On a dark page the bands' saturated blue and red are too dark to see as a bar.
    let bar = match (dark_mode, tone) {
        (true, Tone::Info) => Color32::from_rgb(0x5a, 0xa9, 0xf0),
        (true, Tone::Emergency) => Color32::from_rgb(0xff, 0x6b, 0x5e),
        // And on a light page yellow and amber are too pale.
        (false, Tone::Warning) => Color32::from_rgb(0x9a, 0x6a, 0x00),
        (false, Tone::Urgent) => Color32::from_rgb(0xb3, 0x5c, 0x00),
        _ => heading_fill,
    };
    ToneColours {
        heading_fill,
        bar,
        heading_text,
        body_fill,
        body_text,
    }
}

/// The colours of a care card for warning signs of one urgency.
pub type CareCardColours = ToneColours;

/// Care cards by urgency; see [`tone_colours`].
pub fn care_card_colours(dark_mode: bool, urgency: Urgency) -> CareCardColours {
    tone_colours(dark_mode, Tone::of(urgency))
}

/// The frame of a card: the page's sections, list groups and dialogs' boxes.
pub fn card_frame(visuals: &Visuals) -> egui::Frame {
    let colours = palette(visuals.dark_mode);
    egui::Frame::new()
        .fill(colours.card_fill)
        .stroke(egui::Stroke::new(1.0, colours.card_stroke))
        .corner_radius(radius::CARD)
        .inner_margin(egui::Margin::symmetric(space::L as i8, space::M as i8))
}

/// The bundled fonts: Atkinson Hyperlegible Next (SIL Open Font License, `assets/fonts/OFL.txt`),
/// designed for low-vision readers, with egui's own fonts behind it for the characters it lacks,
/// and the Material Symbols icons.
fn fonts() -> egui::FontDefinitions {
    let mut fonts = egui::FontDefinitions::default();
    let regular = "atkinson-regular";
    let semibold = "atkinson-semibold";
    fonts.font_data.insert(
        regular.to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/fonts/AtkinsonHyperlegibleNext-Regular.ttf"
        )))),
    );
    fonts.font_data.insert(
        semibold.to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/fonts/AtkinsonHyperlegibleNext-SemiBold.ttf"
        )))),
    );
    let fallbacks = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let mut proportional = vec![regular.to_owned()];
    proportional.extend(fallbacks.iter().cloned());
    let mut heavy = vec![semibold.to_owned(), regular.to_owned()];
    heavy.extend(fallbacks);
    fonts
        .families
        .insert(FontFamily::Proportional, proportional);
    fonts
        .families
        .insert(FontFamily::Name(SEMIBOLD.into()), heavy);
    fonts
}

/// Installs the fonts and the icons, the type scale, spacing and both themes' colours. Also
/// turns off egui's own zoom keys: the app's zoom is bounded and remembered.
pub fn setup(ctx: &egui::Context) {
    use egui::TextStyle;
    ctx.options_mut(|options| options.zoom_with_keyboard = false);
    ctx.set_fonts(fonts());
    ctx.add_font(egui_material_icons::font_insert());
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Heading, semibold(size::HEADING)),
            (
                TextStyle::Body,
                FontId::new(size::BODY, FontFamily::Proportional),
            ),
            (
                TextStyle::Button,
                FontId::new(size::BUTTON, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(size::CAPTION, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(14.0, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(space::S, space::S);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style.spacing.interact_size.y = 28.0;
    });
    ctx.style_mut_of(Theme::Dark, |style| adjust(&mut style.visuals));
    ctx.style_mut_of(Theme::Light, |style| adjust(&mut style.visuals));
}

/// egui's default body text is a mid grey, its weak text and light-mode links too faint for
/// long reading; these meet WCAG AA (4.5:1) on the page and on cards. The page is a calm grey,
/// cards sit on it in white (light) or a lifted grey (dark), and the accent marks what is
/// selected and the main action.
fn adjust(visuals: &mut Visuals) {
    let colours = palette(visuals.dark_mode);
    // Unticked checkboxes, radio buttons and buttons need an outline that stands out 3:1 from
    // the page and from cards (WCAG 1.4.11); egui draws them almost borderless.
    let outline = if visuals.dark_mode {
        Color32::from_gray(140)
    } else {
        Color32::from_gray(118)
    };
    let rounding = egui::CornerRadius::same(radius::SMALL);
    for widget in [
        &mut visuals.widgets.noninteractive,
        &mut visuals.widgets.inactive,
        &mut visuals.widgets.hovered,
        &mut visuals.widgets.active,
        &mut visuals.widgets.open,
    ] {
        widget.corner_radius = rounding;
    }
    visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, outline);
    visuals.window_corner_radius = egui::CornerRadius::same(radius::CARD);
    visuals.menu_corner_radius = egui::CornerRadius::same(radius::SMALL);
    visuals.window_fill = colours.card_fill;
    visuals.window_stroke = egui::Stroke::new(1.0, colours.card_stroke);
    visuals.hyperlink_color = colours.accent_text;
    visuals.slider_trailing_fill = true;
    if visuals.dark_mode {
        visuals.panel_fill = Color32::from_rgb(0x1c, 0x1d, 0x20);
        visuals.extreme_bg_color = Color32::from_rgb(0x14, 0x15, 0x17);
        visuals.widgets.noninteractive.fg_stroke.color = Color32::from_gray(228);
        visuals.widgets.inactive.weak_bg_fill = Color32::from_rgb(0x35, 0x37, 0x3c);
        visuals.widgets.inactive.bg_fill = Color32::from_rgb(0x35, 0x37, 0x3c);
        visuals.widgets.hovered.weak_bg_fill = Color32::from_rgb(0x42, 0x44, 0x4a);
        visuals.weak_text_color = Some(Color32::from_gray(170));
        visuals.error_fg_color = Color32::from_rgb(0xff, 0x6e, 0x6e);
        visuals.selection.bg_fill = Color32::from_rgb(0x1d, 0x4f, 0x58);
        visuals.selection.stroke.color = Color32::from_rgb(0x9b, 0xe6, 0xf0);
    } else {
        visuals.panel_fill = Color32::from_rgb(0xf6, 0xf6, 0xf8);
        // Fields and progress tracks: a light grey that shows on white cards as on the page.
        visuals.extreme_bg_color = Color32::from_rgb(0xec, 0xed, 0xf1);
        visuals.widgets.noninteractive.fg_stroke.color = Color32::from_gray(20);
        visuals.widgets.inactive.weak_bg_fill = Color32::from_rgb(0xe4, 0xe5, 0xe9);
        visuals.widgets.inactive.bg_fill = Color32::from_rgb(0xe4, 0xe5, 0xe9);
        visuals.widgets.hovered.weak_bg_fill = Color32::from_rgb(0xd8, 0xd9, 0xde);
        visuals.weak_text_color = Some(Color32::from_gray(85));
        visuals.warn_fg_color = Color32::from_rgb(0x8a, 0x50, 0x00);
        visuals.error_fg_color = Color32::from_rgb(0xb0, 0x00, 0x00);
        visuals.selection.bg_fill = Color32::from_rgb(0xd2, 0xec, 0xef);
        visuals.selection.stroke.color = Color32::from_rgb(0x0a, 0x4f, 0x5a);
    }
}

// ---- Timeline and calendar colours (issue 14, timelines and checklist) ----

/// The colours of a timeline drawn from a checklist's windows, for one theme.
#[derive(Clone, Copy, Debug)]
pub struct TimelineColours {
    /// Behind every other row, so a row's label and bar read as one line.
    pub band_fill: Color32,

    /// The bar of a task (done once).
    pub task_bar: Color32,

    /// The bar of a rule (kept up every day of its window).
    pub rule_bar: Color32,

    /// Row labels.
    pub label_text: Color32,

    /// The axis line, its ticks and its day labels.
    pub axis: Color32,

    /// The "Treatment day" line and its label.
    pub treatment_marker: Color32,

    /// The "Today" line and its label.
    pub today_marker: Color32,
}

/// The timeline's colours for the theme of `visuals`.
pub fn timeline_colours(visuals: &Visuals) -> TimelineColours {
    if visuals.dark_mode {
        TimelineColours {
            band_fill: Color32::from_gray(0x24),
            task_bar: Color32::from_rgb(0x6c, 0xb4, 0xf5),
            rule_bar: Color32::from_rgb(0x4f, 0xc9, 0xa4),
            label_text: visuals.text_color(),
            axis: visuals.weak_text_color(),
            treatment_marker: Color32::from_rgb(0xd9, 0x9c, 0xf7),
            today_marker: Color32::from_rgb(0xff, 0xb0, 0x5c),
        }
    } else {
        TimelineColours {
            band_fill: Color32::from_gray(0xf2),
            task_bar: Color32::from_rgb(0x1f, 0x6a, 0xc0),
            rule_bar: Color32::from_rgb(0x17, 0x7a, 0x5e),
            label_text: visuals.text_color(),
            axis: visuals.weak_text_color(),
            treatment_marker: Color32::from_rgb(0x7e, 0x2a, 0x9c),
            today_marker: Color32::from_rgb(0xa8, 0x45, 0x00),
        }
    }
}

/// The timeline's text, and the markers whose labels are drawn in their own colour, on the
/// page and on the row bands.
pub(super) fn timeline_text_pairs(visuals: &Visuals) -> Vec<(&'static str, Color32, Color32)> {
    let colours = timeline_colours(visuals);
    let mut pairs = Vec::new();
    for background in [visuals.panel_fill, colours.band_fill] {
        pairs.extend([
            ("timeline labels", colours.label_text, background),
            ("timeline axis", colours.axis, background),
            (
                "timeline treatment day",
                colours.treatment_marker,
                background,
            ),
            ("timeline today", colours.today_marker, background),
        ]);
    }
    pairs
}

/// The timeline's bars and marker lines, which must stand out 3:1 from what they are drawn on.
pub(super) fn timeline_control_pairs(visuals: &Visuals) -> Vec<(&'static str, Color32, Color32)> {
    let colours = timeline_colours(visuals);
    let mut pairs = Vec::new();
    for background in [visuals.panel_fill, colours.band_fill] {
        pairs.extend([
            ("timeline task bar", colours.task_bar, background),
            ("timeline rule bar", colours.rule_bar, background),
        ]);
    }
    pairs.extend([
        // The selected day's fill is too faint in the dark theme to stand out by itself; its
        // ring carries the 3:1.
        (
            "calendar selected day ring",
            calendar_selected(visuals).1,
            visuals.panel_fill,
        ),
        (
            "calendar today ring",
            calendar_today_ring(visuals),
            visuals.panel_fill,
        ),
    ]);
    pairs
}

/// The ring around today's date in the calendar.
pub fn calendar_today_ring(visuals: &Visuals) -> Color32 {
    timeline_colours(visuals).today_marker
}

/// The calendar's selected day: the selection colour as its fill, and the colour of its text
/// and of the ring around it.
pub fn calendar_selected(visuals: &Visuals) -> (Color32, Color32) {
    (visuals.selection.bg_fill, visuals.selection.stroke.color)
}

// ---- End of timeline and calendar colours ----

// ---- Recovery diary (issue 15): chart and photo colours. ----

/// The colours of the diary's charts and photo views, for one theme.
#[derive(Clone, Copy, Debug)]
pub struct DiaryColours {
    /// The shaded band of the usual course behind a chart.
    pub usual_band: Color32,

    /// One line colour per session, used in turn; the legend names each line, so colour is
    /// never the only cue.
    pub sessions: [Color32; 4],

    /// A photo whose file is missing, or still loading.
    pub placeholder_fill: Color32,

    /// The divider of the compare view's wipe slider.
    pub divider: Color32,

    /// The session markers on the monthly chart.
    pub session_marker: Color32,
}

/// The diary's colours for dark or light mode.
pub fn diary_colours(dark_mode: bool) -> DiaryColours {
    if dark_mode {
        DiaryColours {
            usual_band: Color32::from_rgba_unmultiplied(0x6f, 0xb8, 0x7a, 0x40),
            sessions: [
                Color32::from_rgb(0x8c, 0xc4, 0xff),
                Color32::from_rgb(0xff, 0xb8, 0x1c),
                Color32::from_rgb(0xe0, 0x8c, 0xff),
                Color32::from_rgb(0xff, 0x8a, 0x80),
            ],
            placeholder_fill: Color32::from_gray(0x33),
            divider: Color32::WHITE,
            session_marker: Color32::from_gray(0xb0),
        }
    } else {
        DiaryColours {
            usual_band: Color32::from_rgba_unmultiplied(0x2e, 0x7d, 0x32, 0x38),
            sessions: [
                Color32::from_rgb(0x00, 0x50, 0xaa),
                Color32::from_rgb(0x8a, 0x50, 0x00),
                Color32::from_rgb(0x6a, 0x1b, 0x9a),
                Color32::from_rgb(0xb0, 0x00, 0x00),
            ],
            placeholder_fill: Color32::from_gray(0xdd),
            divider: Color32::WHITE,
            session_marker: Color32::from_gray(0x60),
        }
    }
}

// ---- End of the recovery diary's colours. ----
