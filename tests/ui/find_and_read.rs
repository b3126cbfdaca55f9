//! Finding things and reading comfortably: search, keyboard use, zoom, themes and what screen
//! readers are told. The colours' contrast is tested in `contrast`.

use egui::accesskit::{Role, Toggled};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use jiff::civil::date;
use skincare_guide::GuideApp;
use skincare_guide::content::search::SearchIndex;
use skincare_guide::user_data::settings::ThemeChoice;
use skincare_guide::user_data::store::Store;
use skincare_guide::user_data::tab::Tab;
use skincare_guide::user_data::{Scope, UserData};

use crate::common::app::{App, app_over, shows_text};
use crate::common::shipped_guide as guide;

fn press(harness: &mut Harness<'_, GuideApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

fn type_text(harness: &mut Harness<'_, GuideApp>, text: &str) {
    harness.event(egui::Event::Text(text.to_owned()));
    harness.run();
}

// ---------------------------------------------------------------------------------------------
// The search index.

#[test]
fn search_ignores_case_and_accents_and_covers_every_tab() {
    let index = SearchIndex::build(&guide());
    let plain = index.search("sunscreen");
    assert!(!plain.is_empty());
    assert_eq!(index.search("SUNSCREEN").len(), plain.len());
    assert_eq!(index.search("sùnscrèen").len(), plain.len());
    let tabs: Vec<Tab> = plain.iter().map(|hit| hit.entry.target.tab).collect();
    assert!(
        tabs.contains(&Tab::Aftercare) && tabs.contains(&Tab::Checklist),
        "{tabs:?}"
    );

    for tab in Tab::ALL {
        let word = match tab {
            Tab::Overview => "collagen induction",
            Tab::Benefits => "atrophic",
            Tab::Preparation => "isotretinoin",
            Tab::Aftercare => "granulomas",
            Tab::Faq => "home roller",
            Tab::Checklist => "lukewarm",
            Tab::Diary => "flaking",
            Tab::Sources => "Food and Drug Administration",
        };
        assert!(
            index
                .search(word)
                .iter()
                .any(|hit| hit.entry.target.tab == tab),
            "{word} is found on {tab:?}"
        );
    }
}

#[test]
fn search_matches_words_in_any_order_and_ranks_titles_first() {
    let index = SearchIndex::build(&guide());
    let hits = index.search("wear again make-up");
    assert_eq!(hits[0].entry.text, "When can I wear make-up again?");
    // "makeup" finds "make-up".
    assert!(
        index
            .search("makeup")
            .iter()
            .any(|hit| hit.entry.text.contains("make-up"))
    );
    // The matched words are what gets highlighted.
    let hit = &index.search("retinoids")[0];
    for range in &hit.matches {
        assert_eq!(hit.entry.text[range.clone()].to_lowercase(), "retinoids");
    }
}

#[test]
fn no_results_suggest_nearby_words() {
    let index = SearchIndex::build(&guide());
    assert!(index.search("sunscrean").is_empty());
    assert_eq!(
        index.suggestions("sunscrean").first().map(String::as_str),
        Some("sunscreen")
    );
    assert!(index.suggestions("xylophone").is_empty());
}

// ---------------------------------------------------------------------------------------------
// Search in the app.

#[test]
fn ctrl_f_the_word_and_enter_jumps_to_the_best_match() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    let best = SearchIndex::build(&guide()).search("sunscreen")[0]
        .entry
        .target
        .clone();

    press(&mut harness, Modifiers::COMMAND, Key::F);
    type_text(&mut harness, "sunscreen");
    harness.get_by_role_and_label(Role::Heading, "Search results");
    press(&mut harness, Modifiers::NONE, Key::Enter);

    assert_eq!(harness.state().tab(), best.tab);
    assert_eq!(harness.state().search_query(), "");
    assert!(
        harness
            .query_by_role_and_label(Role::Heading, "Search results")
            .is_none()
    );
}

#[test]
fn enter_scrolls_the_best_match_into_view_as_a_click_does() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    // Said only in the warning signs, far down the Aftercare tab.
    let best = SearchIndex::build(&guide()).search("ambulance")[0]
        .entry
        .target
        .clone();
    let guide = guide();
    let section = guide.section(&best.anchor).unwrap();

    press(&mut harness, Modifiers::COMMAND, Key::F);
    type_text(&mut harness, "ambulance");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    harness.run();

    assert_eq!(harness.state().tab(), best.tab);
    let heading = harness.get_by_role_and_label(Role::Heading, &section.title);
    let rect = heading.accesskit_node().bounding_box().unwrap();
    assert!(
        rect.y0 >= 0.0 && rect.y1 <= 700.0,
        "the section with the match is on screen after Enter: {rect:?}"
    );
}

#[test]
fn clicking_a_result_opens_the_faq_answer_it_found() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    press(&mut harness, Modifiers::COMMAND, Key::F);
    type_text(&mut harness, "duller needles");
    harness
        .get_by_label_contains("Can I get the same result with a home roller?")
        .click();
    harness.run();
    harness.run();

    assert_eq!(harness.state().tab(), Tab::Faq);
    let header = harness.get_by_label("Can I get the same result with a home roller?");
    assert_eq!(header.accesskit_node().data().is_expanded(), Some(true));
    assert!(shows_text(
        &harness,
        "Home rollers have shorter, duller needles"
    ));
}

#[test]
fn while_results_show_no_tab_looks_selected_and_the_clear_button_empties_the_search() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    press(&mut harness, Modifiers::COMMAND, Key::F);
    type_text(&mut harness, "sun");
    let selected = harness
        .get_all_by_role(Role::Tab)
        .filter(|tab| tab.accesskit_node().is_selected() == Some(true))
        .count();
    assert_eq!(selected, 0, "the results are not the Overview tab");

    harness
        .get_by_role_and_label(Role::Button, "Clear the search")
        .click();
    harness.run();
    assert_eq!(harness.state().search_query(), "");
    let overview = harness.get_by_role_and_label(Role::Tab, Tab::Overview.label());
    assert_eq!(overview.accesskit_node().is_selected(), Some(true));
}

#[test]
fn escape_closes_the_search() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    press(&mut harness, Modifiers::COMMAND, Key::F);
    type_text(&mut harness, "sun");
    assert_eq!(harness.state().search_query(), "sun");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert_eq!(harness.state().search_query(), "");
    harness.get_by_role_and_label(Role::Heading, &guide().overview.title);
}

#[test]
fn a_search_with_no_results_says_so_and_offers_the_nearby_word() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    press(&mut harness, Modifiers::COMMAND, Key::F);
    type_text(&mut harness, "sunscrean");
    assert!(shows_text(&harness, "No results for “sunscrean”."));
    harness
        .get_by_role_and_label(Role::Link, "sunscreen")
        .click();
    harness.run();
    assert_eq!(harness.state().search_query(), "sunscreen");
}

// ---------------------------------------------------------------------------------------------
// Keyboard and screen readers.

#[test]
fn the_checklist_can_be_ticked_with_the_keyboard_alone() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    press(&mut harness, Modifiers::COMMAND, Key::Num6);
    let first = guide().before_checklist.items[0].clone();

    // Tab through the window until the first item has the keyboard focus.
    let mut reached = false;
    for _ in 0..80 {
        press(&mut harness, Modifiers::NONE, Key::Tab);
        if harness
            .query_by_role_and_label(Role::CheckBox, &first.text)
            .is_some_and(|node| node.is_focused())
        {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab reaches the first checklist item");
    press(&mut harness, Modifiers::NONE, Key::Space);
    assert!(
        harness
            .state()
            .progress()
            .is_ticked(Scope::Unscheduled, &first.id)
    );
}

#[test]
fn f1_lists_every_shortcut() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    press(&mut harness, Modifiers::NONE, Key::F1);
    harness.get_by_role_and_label(Role::Heading, "Keyboard shortcuts");
    assert!(shows_text(&harness, "Ctrl+1 … Ctrl+8"));
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(
        harness
            .query_by_role_and_label(Role::Heading, "Keyboard shortcuts")
            .is_none()
    );
}

#[test]
fn screen_readers_get_roles_names_and_states() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    harness.get_by_role_and_label(Role::SearchInput, "Search the guide");
    harness.get_by_role_and_label(Role::TabList, "Sections");

    press(&mut harness, Modifiers::COMMAND, Key::Num5);
    let question = &guide().faq[1].question;
    let header = harness.get_by_label(question);
    assert_eq!(header.accesskit_node().data().is_expanded(), Some(false));
    header.click();
    harness.run();
    let header = harness.get_by_label(question);
    assert_eq!(header.accesskit_node().data().is_expanded(), Some(true));
    assert_eq!(
        header.accesskit_node().description().as_deref(),
        Some("Answer shown")
    );

    press(&mut harness, Modifiers::COMMAND, Key::Num6);
    let item = &guide().before_checklist.items[0].text;
    let checkbox = harness.get_by_role_and_label(Role::CheckBox, item);
    assert_eq!(checkbox.accesskit_node().toggled(), Some(Toggled::False));
    let bars: Vec<_> = harness.get_all_by_role(Role::ProgressIndicator).collect();
    assert_eq!(bars.len(), 2);
    for bar in bars {
        assert_eq!(bar.accesskit_node().numeric_value(), Some(0.0));
        assert!(bar.accesskit_node().label().unwrap().ends_with("done"));
    }
}

// ---------------------------------------------------------------------------------------------
// Zoom and themes.

#[test]
fn zoom_keys_step_between_50_and_300_percent_and_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut harness = app_over(dir.path());
        for _ in 0..12 {
            press(&mut harness, Modifiers::COMMAND, Key::Plus);
        }
        assert_eq!(harness.state().progress().display.text_size_percent, 300);
        assert_eq!(harness.ctx.zoom_factor(), 3.0);
    }
    let mut harness = app_over(dir.path());
    assert_eq!(harness.ctx.zoom_factor(), 3.0, "kept across restarts");
    press(&mut harness, Modifiers::COMMAND, Key::Num0);
    assert_eq!(harness.ctx.zoom_factor(), 1.0);
    for _ in 0..12 {
        press(&mut harness, Modifiers::COMMAND, Key::Minus);
    }
    assert_eq!(harness.state().progress().display.text_size_percent, 50);
    assert_eq!(
        Store::new(dir.path())
            .load()
            .progress
            .display
            .text_size_percent,
        50
    );
}

#[test]
fn nothing_is_cut_off_sideways_at_300_percent_in_a_1024_by_768_window() {
    let dir = tempfile::tempdir().unwrap();
    let mut progress = UserData::default();
    progress.display.text_size_percent = 300;
    progress.add_session(date(2026, 12, 1));
    Store::new(dir.path()).save(&progress).unwrap();
    // The harness keeps its screen size in points whatever the zoom, so a 1024×768 window at
    // 300% is a screen of 1024/3 × 768/3 points.
    let mut harness = App::over(dir.path())
        .size(1024.0 / 3.0, 768.0 / 3.0)
        .build();
    harness.run();
    assert_eq!(harness.state().progress().display.text_size_percent, 300);

    let screen = harness.ctx.content_rect();
    for tab in Tab::ALL {
        harness
            .get_by_role_and_label(Role::Tab, tab.label())
            .click();
        harness.run();
        // Accessibility bounds are in pixels: 3 per point at 300%.
        let pixels_per_point = f64::from(harness.ctx.pixels_per_point());
        let right_edge = f64::from(screen.right()) + 0.5;
        for node in harness.root().children_recursive() {
            let node = node.accesskit_node();
            let Some(bounds) = node.bounding_box() else {
                continue;
            };
            let (left, right) = (bounds.x0 / pixels_per_point, bounds.x1 / pixels_per_point);
            if right <= left || node.is_hidden() {
                continue;
            }
            assert!(
                left >= -0.5 && right <= right_edge,
                "{tab:?}: {:?} {:?} {:?} reaches outside the window: {left}..{right} of {right_edge}",
                node.role(),
                node.label(),
                node.value()
            );
        }
        let heading = harness.get_all_by_role(Role::Heading).next().unwrap();
        let top = heading.accesskit_node().bounding_box().unwrap().y0 / pixels_per_point;
        assert!(
            top < f64::from(screen.bottom()),
            "{tab:?}: the page starts on screen"
        );
    }
}

#[test]
fn the_theme_is_chosen_in_display_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut harness = app_over(dir.path());
        harness.get_by_label("Display…").click();
        harness.run();
        harness
            .get_by_role_and_label(Role::RadioButton, "Dark")
            .click();
        harness.run();
        assert_eq!(
            harness.state().progress().display.theme(),
            ThemeChoice::Dark
        );
        assert_eq!(harness.ctx.theme(), egui::Theme::Dark);
        harness
            .get_by_role_and_label(Role::RadioButton, "Light")
            .click();
        harness.run();
        assert_eq!(harness.ctx.theme(), egui::Theme::Light);
    }
    let harness = app_over(dir.path());
    assert_eq!(
        harness.ctx.theme(),
        egui::Theme::Light,
        "kept across restarts"
    );
}

#[test]
fn glossary_meanings_are_found_on_the_sources_tab() {
    let index = SearchIndex::build(&guide());
    let hits = index.search("sunken");
    assert!(
        hits.iter().any(|hit| hit.entry.target.tab == Tab::Sources
            && hit.entry.target.anchor == "glossary:atrophic"),
        "{:?}",
        hits.iter().map(|hit| &hit.entry.target).collect::<Vec<_>>()
    );
}
