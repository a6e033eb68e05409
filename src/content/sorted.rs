//! A map and a set with text keys, kept as sorted lists. They hold a handful of entries (an answer per option or
//! per question), where a sorted list is as fast as a tree and its code is a fraction of `BTreeMap`'s (about 30 KB
//! of wasm for our seven key and value types). Iteration is in key order, like `BTreeMap`, so saved files and
//! summaries stay stable. Shared with `build.rs` through `#[path]`.

use super::decode::{Decode, Reader};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SortedMap<V> {
    entries: Vec<(String, V)>,
}

impl<V> Default for SortedMap<V> {
    fn default() -> Self {
        Self { entries: Vec::new() }
    }
}

impl<V> SortedMap<V> {
    pub fn new() -> Self {
        Self::default()
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        self.entries.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        self.find(key).ok().map(|at| &self.entries[at].1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    /// Sets the value for a key, returning the one it replaced.
    pub fn insert(&mut self, key: String, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(at) => Some(std::mem::replace(&mut self.entries[at].1, value)),
            Err(at) => {
                self.entries.insert(at, (key, value));
                None
            }
        }
    }

    pub fn remove(&mut self, key: &str) -> Option<V> {
        self.find(key).ok().map(|at| self.entries.remove(at).1)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Entries in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.entries.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.entries.iter().map(|(_, v)| v)
    }
}

impl<V> FromIterator<(String, V)> for SortedMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(items: I) -> Self {
        let mut map = Self::new();
        for (key, value) in items {
            map.insert(key, value);
        }
        map
    }
}

impl<'a, V> IntoIterator for &'a SortedMap<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (String, V)>, fn(&'a (String, V)) -> (&'a String, &'a V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

impl<V: Decode> Decode for SortedMap<V> {
    fn decode(r: &mut Reader) -> Self {
        let n = r.read_len();
        let mut map = Self::new();
        for _ in 0..n {
            let key = String::decode(r);
            map.insert(key, V::decode(r));
        }
        map
    }
}

// Content files are tables in TOML and maps in the compiled files: the same shape as a `BTreeMap`.
impl<V: serde::Serialize> serde::Serialize for SortedMap<V> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

impl<'de, V: serde::Deserialize<'de>> serde::Deserialize<'de> for SortedMap<V> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = std::collections::BTreeMap::<String, V>::deserialize(deserializer)?;
        Ok(map.into_iter().collect())
    }
}

/// A set of text keys in sorted order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SortedSet {
    map: SortedMap<()>,
}

impl SortedSet {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a key; false if it was there already.
    pub fn insert(&mut self, key: String) -> bool {
        self.map.insert(key, ()).is_none()
    }

    pub fn remove(&mut self, key: &str) -> bool {
        self.map.remove(key).is_some()
    }

    pub fn contains(&self, key: &str) -> bool {
        self.map.contains_key(key)
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.map.keys()
    }
}

impl FromIterator<String> for SortedSet {
    fn from_iter<I: IntoIterator<Item = String>>(items: I) -> Self {
        Self { map: items.into_iter().map(|k| (k, ())).collect() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_keys_sorted_and_unique() {
        let mut map = SortedMap::new();
        assert_eq!(map.insert("taper".into(), 1), None);
        assert_eq!(map.insert("abstinence".into(), 2), None);
        assert_eq!(map.insert("methadone".into(), 3), None);
        assert_eq!(map.insert("taper".into(), 4), Some(1));
        assert_eq!(map.keys().map(String::as_str).collect::<Vec<_>>(), ["abstinence", "methadone", "taper"]);
        assert_eq!(map.get("taper"), Some(&4));
        assert_eq!(map.remove("methadone"), Some(3));
        assert_eq!(map.remove("methadone"), None);
        assert!(!map.contains_key("methadone"));
        assert_eq!(map.len(), 2);
    }

    #[test]
    fn sets_report_whether_they_changed() {
        let mut set: SortedSet = ["b".to_string(), "a".to_string(), "b".to_string()].into_iter().collect();
        assert_eq!(set.iter().map(String::as_str).collect::<Vec<_>>(), ["a", "b"]);
        assert!(!set.insert("a".into()));
        assert!(set.insert("c".into()));
        assert!(set.remove("a"));
        assert!(!set.remove("a"));
        assert!(set.contains("c") && !set.contains("a"));
    }
}
