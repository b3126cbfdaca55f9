//! The window's chrome: the header, the navigation, toasts and the content-error banners.

pub mod banners;
pub mod content_error;
pub mod header;
pub mod nav;
pub mod toast;
