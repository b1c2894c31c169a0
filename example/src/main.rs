//! k8s-cloud-tagger: copies Kubernetes node labels to the tags of the cloud
//! instance behind each node. (Stand-in source for the CI example flake.)

mod tags;

use tags::{tag_key, Region};

fn default_region() -> Region {
    Region {
        name: "eu-west-1".to_string(),
    }
}

fn main() {
    let region = default_region();
    let key = tag_key("topology.kubernetes.io/zone");
    println!("k8s-cloud-tagger: region {} key {}", region.name, key);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_is_set() {
        assert_eq!(default_region().name, "eu-west-1");
    }

    #[test]
    fn label_becomes_tag_key() {
        assert_eq!(tag_key("a/b"), "k8s:a_b");
    }
}
