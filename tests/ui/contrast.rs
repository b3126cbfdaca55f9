//! Contrast: every pair of colours the app draws text or controls in meets WCAG AA (4.5:1 for
//! text, 3:1 for controls and focus rings) in both themes, by the WCAG formula.

use skincare_guide::ui::style;

#[test]
fn every_colour_meets_wcag_aa_contrast_in_both_themes() {
    let ctx = egui::Context::default();
    style::setup(&ctx);
    for theme in [egui::Theme::Dark, egui::Theme::Light] {
        let visuals = ctx.style_of(theme).visuals.clone();
        for (name, text, background) in style::text_pairs(&visuals) {
            let ratio = style::contrast_ratio(text, background);
            assert!(
                ratio >= 4.5,
                "{theme:?} {name}: {ratio:.2}:1 ({text:?} on {background:?})"
            );
        }
        // Controls and focus rings need 3:1 against what is around them (WCAG 1.4.11).
        for (name, outline, background) in style::control_pairs(&visuals) {
            let ratio = style::contrast_ratio(outline, background);
            assert!(ratio >= 3.0, "{theme:?} {name}: {ratio:.2}:1");
        }
    }
}

#[test]
fn contrast_ratio_matches_the_wcag_formula() {
    let ratio = style::contrast_ratio(egui::Color32::BLACK, egui::Color32::WHITE);
    assert!((ratio - 21.0).abs() < 0.01);
    let grey = style::contrast_ratio(egui::Color32::from_gray(118), egui::Color32::WHITE);
    assert!((grey - 4.54).abs() < 0.02, "{grey}");
}
