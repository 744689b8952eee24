//! The query language: words, "phrases", AND / OR / NOT, +required,
//! -excluded, and parentheses.
//!
//! Words side by side must all match (AND). OR binds tighter than AND, as in
//! web search engines: `sell OR share data` means `(sell OR share) AND data`.
//! The parser keeps words as typed; analysis happens per language later.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    /// A single word as typed.
    Word(String),
    /// An exact phrase as typed (between double quotes).
    Phrase(String),
    And(Vec<Node>),
    Or(Vec<Node>),
    Not(Box<Node>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// Character position (from 1) where the problem is.
    pub column: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at character {}: {}", self.column, self.message)
    }
}

impl std::error::Error for ParseError {}

/// Longest query accepted, in terms: a guard against pathological input.
pub const MAX_TERMS: usize = 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Word(String),
    Phrase(String),
    And,
    Or,
    Not,
    Plus,
    Minus,
    Open,
    Close,
}

fn lex(input: &str) -> Result<Vec<(Tok, usize)>, ParseError> {
    let mut out = Vec::new();
    let chars: Vec<char> = input.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let col = i + 1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        match c {
            '"' | '“' | '”' => {
                let start = i + 1;
                let mut j = start;
                while j < chars.len() && !matches!(chars[j], '"' | '“' | '”') {
                    j += 1;
                }
                if j == chars.len() {
                    return Err(ParseError {
                        column: col,
                        message: "this quote is never closed: add a closing \"".into(),
                    });
                }
                out.push((Tok::Phrase(chars[start..j].iter().collect()), col));
                i = j + 1;
            }
            '(' => {
                out.push((Tok::Open, col));
                i += 1;
            }
            ')' => {
                out.push((Tok::Close, col));
                i += 1;
            }
            '+' | '-'
                if i + 1 < chars.len()
                    && !chars[i + 1].is_whitespace()
                    && starts_atom(&chars, i) =>
            {
                out.push((if c == '+' { Tok::Plus } else { Tok::Minus }, col));
                i += 1;
            }
            _ => {
                let start = i;
                while i < chars.len()
                    && !chars[i].is_whitespace()
                    && !matches!(chars[i], '"' | '“' | '”' | '(' | ')')
                {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect();
                let tok = match word.as_str() {
                    "AND" | "&&" => Tok::And,
                    "OR" | "||" => Tok::Or,
                    "NOT" => Tok::Not,
                    _ => Tok::Word(word),
                };
                out.push((tok, col));
            }
        }
    }
    Ok(out)
}

/// A `+`/`-` is an operator only at the start of a term, not inside "e-mail".
fn starts_atom(chars: &[char], i: usize) -> bool {
    i == 0 || chars[i - 1].is_whitespace() || chars[i - 1] == '('
}

struct Parser {
    toks: Vec<(Tok, usize)>,
    pos: usize,
    end_col: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|(t, _)| t)
    }

    fn col(&self) -> usize {
        self.toks.get(self.pos).map_or(self.end_col, |(_, c)| *c)
    }

    fn err<T>(&self, message: impl Into<String>) -> Result<T, ParseError> {
        Err(ParseError {
            column: self.col(),
            message: message.into(),
        })
    }

    /// and := or (AND? or)*
    fn and(&mut self) -> Result<Node, ParseError> {
        let mut items = vec![self.or()?];
        loop {
            match self.peek() {
                None | Some(Tok::Close) => break,
                Some(Tok::And) => {
                    self.pos += 1;
                    if matches!(self.peek(), None | Some(Tok::Close)) {
                        return self.err("AND needs something after it");
                    }
                }
                _ => {}
            }
            items.push(self.or()?);
        }
        Ok(if items.len() == 1 {
            items.pop().expect("one")
        } else {
            Node::And(items)
        })
    }

    /// or := unary (OR unary)*
    fn or(&mut self) -> Result<Node, ParseError> {
        let mut items = vec![self.unary()?];
        while self.peek() == Some(&Tok::Or) {
            self.pos += 1;
            items.push(self.unary()?);
        }
        Ok(if items.len() == 1 {
            items.pop().expect("one")
        } else {
            Node::Or(items)
        })
    }

    /// unary := (NOT | - | +)? atom
    fn unary(&mut self) -> Result<Node, ParseError> {
        match self.peek() {
            Some(Tok::Not) | Some(Tok::Minus) => {
                self.pos += 1;
                Ok(Node::Not(Box::new(self.atom()?)))
            }
            Some(Tok::Plus) => {
                self.pos += 1;
                self.atom()
            }
            _ => self.atom(),
        }
    }

    fn atom(&mut self) -> Result<Node, ParseError> {
        let Some((tok, _)) = self.toks.get(self.pos).cloned() else {
            return self.err("the query ends where a word or phrase was expected");
        };
        self.pos += 1;
        match tok {
            Tok::Word(w) => Ok(Node::Word(w)),
            Tok::Phrase(p) => {
                if p.trim().is_empty() {
                    self.pos -= 1;
                    return self.err("empty phrase \"\"");
                }
                Ok(Node::Phrase(p))
            }
            Tok::Open => {
                if self.peek() == Some(&Tok::Close) {
                    return self.err("empty parentheses");
                }
                let inner = self.and()?;
                if self.peek() != Some(&Tok::Close) {
                    return self.err("missing closing parenthesis");
                }
                self.pos += 1;
                Ok(inner)
            }
            Tok::Close => {
                self.pos -= 1;
                self.err("unexpected ')': there is no '(' to close")
            }
            Tok::And | Tok::Or => {
                self.pos -= 1;
                self.err("AND/OR needs a word or phrase on each side")
            }
            Tok::Not | Tok::Plus | Tok::Minus => {
                self.pos -= 1;
                self.err("NOT, + and - need a word or phrase after them")
            }
        }
    }
}

/// Parses a query string.
pub fn parse(input: &str) -> Result<Node, ParseError> {
    let toks = lex(input)?;
    if toks.is_empty() {
        return Err(ParseError {
            column: 1,
            message: "the query is empty: give a word or a \"phrase\"".into(),
        });
    }
    let terms = toks
        .iter()
        .filter(|(t, _)| matches!(t, Tok::Word(_) | Tok::Phrase(_)))
        .count();
    if terms > MAX_TERMS {
        return Err(ParseError {
            column: 1,
            message: format!("the query has {terms} terms; at most {MAX_TERMS} are accepted"),
        });
    }
    let end_col = input.chars().count() + 1;
    let mut parser = Parser {
        toks,
        pos: 0,
        end_col,
    };
    let node = parser.and()?;
    if parser.pos < parser.toks.len() {
        return parser.err("unexpected ')': there is no '(' to close");
    }
    if !has_positive(&node) {
        return Err(ParseError {
            column: 1,
            message: "the query only excludes: add a word or phrase to search for".into(),
        });
    }
    Ok(node)
}

/// Whether a node can match anything on its own (is not only exclusions).
pub fn has_positive(node: &Node) -> bool {
    match node {
        Node::Word(_) | Node::Phrase(_) => true,
        Node::Not(_) => false,
        Node::And(items) => items.iter().any(has_positive),
        Node::Or(items) => items.iter().all(has_positive),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Node {
        Node::Word(s.into())
    }

    #[test]
    fn words_phrases_and_implicit_and() {
        assert_eq!(parse("cookies").unwrap(), w("cookies"));
        assert_eq!(
            parse("\"third parties\"").unwrap(),
            Node::Phrase("third parties".into())
        );
        assert_eq!(
            parse("sell data").unwrap(),
            Node::And(vec![w("sell"), w("data")])
        );
        assert_eq!(
            parse("“pihak ketiga”").unwrap(),
            Node::Phrase("pihak ketiga".into())
        );
    }

    #[test]
    fn or_binds_tighter_than_and() {
        assert_eq!(
            parse("sell OR share data").unwrap(),
            Node::And(vec![Node::Or(vec![w("sell"), w("share")]), w("data")])
        );
        assert_eq!(parse("a AND b").unwrap(), Node::And(vec![w("a"), w("b")]));
    }

    #[test]
    fn not_plus_minus_and_parentheses() {
        assert_eq!(
            parse("cookies -session +\"third party\"").unwrap(),
            Node::And(vec![
                w("cookies"),
                Node::Not(Box::new(w("session"))),
                Node::Phrase("third party".into())
            ])
        );
        assert_eq!(
            parse("(sell OR rent) NOT children").unwrap(),
            Node::And(vec![
                Node::Or(vec![w("sell"), w("rent")]),
                Node::Not(Box::new(w("children")))
            ])
        );
        assert_eq!(parse("e-mail").unwrap(), w("e-mail"));
    }

    #[test]
    fn errors_say_where() {
        let e = parse("cookies \"third parties").unwrap_err();
        assert_eq!(e.column, 9);
        assert!(e.message.contains("never closed"));
        assert!(parse("").unwrap_err().message.contains("empty"));
        assert!(parse("   ").is_err());
        assert!(parse("(a b")
            .unwrap_err()
            .message
            .contains("closing parenthesis"));
        assert!(parse("a)").is_err());
        assert!(parse("OR a").is_err());
        assert!(parse("a AND").is_err());
        assert!(parse("-cookies")
            .unwrap_err()
            .message
            .contains("only excludes"));
        assert!(parse("\"\"").is_err());
    }

    #[test]
    fn very_long_queries_are_refused_not_run() {
        let long = vec!["privacy"; MAX_TERMS + 1].join(" ");
        assert!(parse(&long).unwrap_err().message.contains("at most"));
        let ok = vec!["privacy"; 50].join(" ");
        assert!(parse(&ok).is_ok());
    }
}
