/// A cloud region the tagger works in.
pub struct Region {
    pub name: String,
}

/// Turns a Kubernetes label name into a cloud tag key.
pub fn tag_key(label: &str) -> String {
    format!("k8s:{}", label.replace('/', "_"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_plain_names() {
        assert_eq!(super::tag_key("zone"), "k8s:zone");
    }
}
