//! Escaping text for HTML written as text: the saved file (`session/file.rs`, `session/summary.rs`) and the
//! prerendered pages (`prerender.rs`). Components never need it: Yew escapes what it renders.

/// The text with `&`, `<`, `>` and `"` escaped, safe inside an element or a double-quoted attribute.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_and_quotes_come_out_as_text() {
        assert_eq!(
            super::escape(r#"<a href="x">Tom & Jerry</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&lt;/a&gt;"
        );
        assert_eq!(super::escape("&lt;"), "&amp;lt;");
    }
}
