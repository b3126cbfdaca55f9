//! Links open in the system browser (or mail program) only when clicked, and only `http`,
//! `https` and `mailto` ones; anything else is shown as plain text that cannot be clicked.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use skincare_guide::ui::link_ui;

const LINKS: [(&str, &str, bool); 6] = [
    (
        "NHS leaflet",
        "https://www.chelwest.nhs.uk/microneedling",
        true,
    ),
    ("Old site", "http://example.org/page", true),
    ("Write to the clinic", "mailto:clinic@example.org", true),
    ("Local file", "file:///etc/passwd", false),
    ("Script", "javascript:alert(1)", false),
    ("Custom scheme", "skincare-guide://reset", false),
];

fn opened_urls(harness: &Harness<'_>) -> Vec<String> {
    harness
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|command| match command {
            egui::OutputCommand::OpenUrl(open) => Some(open.url.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn only_web_and_mail_links_are_links_and_they_open_only_when_clicked() {
    let mut harness = Harness::new_ui(|ui| {
        for (text, url, _) in LINKS {
            link_ui(ui, text, url);
        }
    });
    harness.run();
    assert!(opened_urls(&harness).is_empty(), "nothing opens by itself");

    for (text, url, openable) in LINKS {
        if openable {
            harness.get_by_role_and_label(Role::Link, text).click();
            harness.step();
            assert_eq!(opened_urls(&harness), [url.to_owned()], "{text}");
            harness.run();
        } else {
            assert!(
                harness.query_by_role_and_label(Role::Link, text).is_none(),
                "{text} is not a link"
            );
            harness.get_by_label(text);
        }
    }
}
