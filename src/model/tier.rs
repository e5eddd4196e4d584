//! The ITU GCI 2024 tiers: which tier an overall score falls in, its name,
//! and the score that reaches the next one.

use serde::Serialize;

/// ITU GCI 2024 tiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Tier {
    RoleModelling = 1,
    Advancing = 2,
    Establishing = 3,
    Evolving = 4,
    Building = 5,
}

impl Tier {
    pub const ALL: [Tier; 5] = [
        Tier::RoleModelling,
        Tier::Advancing,
        Tier::Establishing,
        Tier::Evolving,
        Tier::Building,
    ];

    pub fn from_score(overall: f64) -> Tier {
        if overall >= 95.0 {
            Tier::RoleModelling
        } else if overall >= 85.0 {
            Tier::Advancing
        } else if overall >= 55.0 {
            Tier::Establishing
        } else if overall >= 20.0 {
            Tier::Evolving
        } else {
            Tier::Building
        }
    }

    pub fn number(self) -> u8 {
        self as u8
    }

    pub fn label(self) -> &'static str {
        match self {
            Tier::RoleModelling => "Role-modelling",
            Tier::Advancing => "Advancing",
            Tier::Establishing => "Establishing",
            Tier::Evolving => "Evolving",
            Tier::Building => "Building",
        }
    }

    /// Lowest overall score that is still in this tier.
    pub fn threshold(self) -> f64 {
        match self {
            Tier::RoleModelling => 95.0,
            Tier::Advancing => 85.0,
            Tier::Establishing => 55.0,
            Tier::Evolving => 20.0,
            Tier::Building => 0.0,
        }
    }

    /// The tier above, if any.
    pub fn next(self) -> Option<Tier> {
        match self {
            Tier::RoleModelling => None,
            Tier::Advancing => Some(Tier::RoleModelling),
            Tier::Establishing => Some(Tier::Advancing),
            Tier::Evolving => Some(Tier::Establishing),
            Tier::Building => Some(Tier::Evolving),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiers_follow_gci_2024_bands() {
        assert_eq!(Tier::from_score(95.0), Tier::RoleModelling);
        assert_eq!(Tier::from_score(94.99), Tier::Advancing);
        assert_eq!(Tier::from_score(92.58), Tier::Advancing);
        assert_eq!(Tier::from_score(85.0), Tier::Advancing);
        assert_eq!(Tier::from_score(68.88), Tier::Establishing);
        assert_eq!(Tier::from_score(55.0), Tier::Establishing);
        assert_eq!(Tier::from_score(54.9), Tier::Evolving);
        assert_eq!(Tier::from_score(20.0), Tier::Evolving);
        assert_eq!(Tier::from_score(19.99), Tier::Building);
        assert_eq!(Tier::from_score(0.0), Tier::Building);
        assert_eq!(Tier::Advancing.number(), 2);
        assert_eq!(Tier::Advancing.label(), "Advancing");
        assert_eq!(Tier::Establishing.next(), Some(Tier::Advancing));
        assert_eq!(Tier::RoleModelling.next(), None);
    }
}
