//! Setting up egui for the app: fonts, the type scale, spacing, and both themes' colours.

use egui::{Color32, FontFamily, FontId, Theme, Visuals};

use crate::ui::style::fonts::{fonts, semibold};
use crate::ui::style::{palette, radius, size, space};

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
