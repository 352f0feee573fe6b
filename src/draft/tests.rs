use super::cues::cue;
use super::*;

/// The sentences `split_sentences` cuts a text into, as text.
fn sentences_of(text: &str) -> Vec<&str> {
    split_sentences(text).iter().map(|&(s, e)| &text[s..e]).collect()
}

#[test]
fn sentences_do_not_end_at_abbreviations() {
    let text = "Foxconn said U.S. jobs will come. Mr. Woo agreed on [Apr. 20, 2021].\nNext line";
    let got = sentences_of(text);
    assert_eq!(
        got,
        ["Foxconn said U.S. jobs will come.", "Mr. Woo agreed on [Apr. 20, 2021].", "Next line"]
    );
    // A currency written "Rs." before its figure, and titles of scholars.
    let text = "The deals are worth over Rs. 8 billion. Prof. Rao signed them.";
    let got = sentences_of(text);
    assert_eq!(got, ["The deals are worth over Rs. 8 billion.", "Prof. Rao signed them."]);
    // A member of parliament's title, and governors named together.
    let text = "According to Hon. Tawa, the company had promised a plant. Govs. Ted Strickland and \
                John Kasich backed it.";
    let got = sentences_of(text);
    assert_eq!(
        got,
        [
            "According to Hon. Tawa, the company had promised a plant.",
            "Govs. Ted Strickland and John Kasich backed it."
        ]
    );
    // The legal forms of South and Southeast Asia, written with stops inside a name.
    let text = "A MoU was signed with Fertis India Pvt. Ltd. on a plan. Acme Pte. Ltd. agreed.";
    let got = sentences_of(text);
    assert_eq!(
        got,
        ["A MoU was signed with Fertis India Pvt. Ltd. on a plan.", "Acme Pte. Ltd. agreed."]
    );
    // Initials with their stops go on, a state's abbreviation may end a sentence.
    let text = "It will move into the vacant H.J. Heinz plant. It is in Spiritwood, N.D. The \
                complex will create 70 jobs.";
    let got = sentences_of(text);
    assert_eq!(
        got,
        [
            "It will move into the vacant H.J. Heinz plant.",
            "It is in Spiritwood, N.D.",
            "The complex will create 70 jobs."
        ]
    );
}

#[test]
fn a_full_stop_a_page_glued_to_the_next_sentence_still_ends_it() {
    let text = "It will be set up in the Kandy Industrial Park.The project will employ 110 \
                workers at a cost of US$ 12 Million.Mr. Pillai signed for Amazon.com and the U.S.";
    let got = sentences_of(text);
    assert_eq!(
        got,
        [
            "It will be set up in the Kandy Industrial Park.",
            "The project will employ 110 workers at a cost of US$ 12 Million.",
            "Mr. Pillai signed for Amazon.com and the U.S."
        ]
    );
}

#[test]
fn a_full_stop_glued_after_a_days_number_still_ends_the_sentence() {
    let text = "Work began in Vinh Phuc on December 22.The factory will cover 9.7 hectares.";
    let got = sentences_of(text);
    assert_eq!(
        got,
        ["Work began in Vinh Phuc on December 22.", "The factory will cover 9.7 hectares."]
    );
}

#[test]
fn a_text_wrapped_at_a_fixed_width_runs_its_sentences_over_line_ends() {
    let text = "Released on March 6, 1995\n\
                The Premier and the Economic Development Minister Dwain\n\
                Lingenfelter today joined with the president of Cargill, Kerry\n\
                Hawkins, to announce that Cargill has selected the province as\n\
                the site for its new plant, which it will open by the end of\n\
                next year. The plant will run 24 hours a day.\n\
                Short line\n\
                It will hire fifty people and haul canola to the site daily\n\
                from all over the province and from the neighbouring states.";
    let got: Vec<String> = split_sentences(text)
        .iter()
        .map(|&(s, e)| text[s..e].split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(got.len(), 5, "{got:?}");
    assert_eq!(got[0], "Released on March 6, 1995");
    assert!(got[1].starts_with("The Premier") && got[1].ends_with("next year."), "{got:?}");
    assert_eq!(got[3], "Short line");
    // Unwrapped text keeps a line end as a sentence's end before a capital...
    let text = "Headline without a stop\nThe body begins here.";
    assert_eq!(split_sentences(text).len(), 2);
    // ...but not after a word that needs more, nor before a word in small letters.
    let text = "The aid will reach\na maximum of about 240 billion yen. It set up the project for \
                a budget of\n$18.23 million.";
    assert_eq!(split_sentences(text).len(), 2);
    // A list's item and a brand in small letters open their own lines.
    let text = "It pledged $7 billion in roads, and\n• $662 million in coal.\nAround 588 million \
                euros\nams-Osram expands.";
    assert_eq!(split_sentences(text).len(), 4);
}

#[test]
fn a_list_item_in_a_wrapped_text_opens_its_own_sentence_however_full_the_line_before() {
    let text = "The Premier and the Economic Development Minister Dwain\n\
                Lingenfelter today joined with the president of Cargill, Kerry\n\
                Hawkins, to announce that Cargill has selected the province as\n\
                the site for its new plant, which it will open by the end of\n\
                next year. It will hire fifty people and haul canola to the site\n\
                daily from all over the province and from the neighbouring states,\n\
                in the words of all of those who came to hear the announcement.\n\
                - SEK 1.1 billion Industrial Leap grant application submitted\n\
                - Funding complements EUR 70 million EU Innovation Fund grant";
    let got = sentences_of(text);
    assert_eq!(got.len(), 4, "{got:?}");
    assert_eq!(got[3], "Funding complements EUR 70 million EU Innovation Fund grant");
}

#[test]
fn a_text_wrapped_wider_than_a_hundred_columns_runs_its_sentences_on_too() {
    let text = "On December 16, the six casino operators and the Macau authorities attended a ceremony where they signed\n\
                their contracts for the next 10-year period. The event was followed by press conferences from the operators\n\
                and the government. The total sum as per the contracts amounts to MOP 108.7 billion, which is going to be\n\
                used for projects defined by the government during the application procedure, such as sporting events.";
    assert!(text.lines().any(|l| l.chars().count() > 100), "{text}");
    let got = sentences_of(text);
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got[0].ends_with("for the next 10-year period."), "{got:?}");
}

#[test]
fn a_wrapped_line_a_column_longer_than_the_others_runs_on_before_a_capital() {
    let text = "KARACHI: The Sindh government signed an agreement with investors today to\n\
                establish the Dhabeji Special Economic Zone under the China corridor's Phase\n\
                II, which is expected to attract $3 billion in investment and jobs. It\n\
                said the zone lies near the ports and has roads that run to the border and\n\
                offers land to the firms that come first.";
    let got = sentences_of(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].ends_with("investment and jobs."), "{got:?}");
}

#[test]
fn layoffs_a_government_aid_is_meant_to_avoid_are_no_status() {
    let text = "Žiga justified the stimulus by the need to avoid layoffs in the company.";
    assert!(cue(text, 0, text.len()).is_none());
    let text = "The company announced layoffs in the plant.";
    assert!(cue(text, 0, text.len()).is_some_and(|s| s.status));
}

#[test]
fn announcements_agreements_and_openings_are_cues_but_recollections_and_plans_are_not() {
    let cue_of = |text: &str| cue(text, 0, text.len()).map(|s| (s.cue, s.status));
    let owned = |cue: &str, status| Some((cue.to_owned(), status));
    assert_eq!(cue_of("Intel announced a $7 billion investment."), owned("announced", false));
    assert_eq!(
        cue_of("The agreement was approved by the board on Tuesday."),
        owned("agreement was approved", false)
    );
    assert_eq!(
        cue_of("It said the facility would \"create thousands of jobs.\""),
        owned("would \"create", false)
    );
    assert_eq!(cue_of("The campus stands operational."), owned("operational", true));
    assert_eq!(cue_of("Intel broke ground on two fabs."), owned("broke ground", true));
    assert_eq!(cue_of("The pact also includes training."), owned("pact", false));
    assert_eq!(cue_of("The megafab is part of its strategy."), owned("is part of", false));
    assert_eq!(
        cue_of("Carrier is proud to continue to manufacture furnaces."),
        owned("continue to manufacture", false)
    );
    assert_eq!(
        cue_of("He would not be spending $10 billion."),
        owned("would not be spending", false)
    );
    assert_eq!(cue_of("The deal was first announced in July 2017."), None);
    assert_eq!(cue_of("The plant is scheduled to be operational in 2024."), None);
    assert_eq!(cue_of("The plant will be fully operational by 2024."), None);
    assert_eq!(cue_of("It has set a target of $1 billion."), owned("set a target", false));
    assert_eq!(cue_of("Consumers want to buy local products."), None);
}

#[test]
fn winning_a_tender_or_a_competition_is_a_pledge_cue() {
    let cue_of = |text: &str| cue(text, 0, text.len()).map(|s| (s.cue, s.status));
    let owned = |cue: &str, status| Some((cue.to_owned(), status));
    assert_eq!(
        cue_of("Manson Group LLC won the competition."),
        owned("won the competition", false)
    );
    assert_eq!(
        cue_of("Essar had won the tender to take over Zisco in its entirety."),
        owned("won the tender", false)
    );
    assert_eq!(cue_of("Her team won the final in May."), None);
}

#[test]
fn a_start_a_renegotiation_an_approval_a_missed_target_and_a_resumption_are_status_cues() {
    let cue_of = |text: &str| cue(text, 0, text.len()).map(|s| (s.cue, s.status));
    let owned = |cue: &str, status| Some((cue.to_owned(), status));
    assert_eq!(
        cue_of("Construction of Airbus services center starts in Chengdu"),
        owned("Construction of Airbus services center starts", true)
    );
    assert_eq!(
        cue_of("Kentucky is renegotiating a major incentive agreement."),
        owned("renegotiating", true)
    );
    assert_eq!(
        cue_of("Acoustic product maker sets up shop in Mactan"),
        owned("sets up shop", true)
    );
    assert_eq!(
        cue_of("Toliara Mineral Sand Project Could Resume Soon"),
        owned("Project Could Resume", true)
    );
    assert_eq!(
        cue_of("Colleton County is celebrating the groundbreaking of its biggest development."),
        owned("groundbreaking of", true)
    );
    assert_eq!(
        cue_of("McEwen's Los Azules Copper Project Receives RIGI Approval"),
        owned("Receives RIGI Approval", true)
    );
    assert_eq!(
        cue_of("Bloom Energy misses salary, wages targets"),
        owned("misses salary, wages targets", true)
    );
    assert_eq!(cue_of("Oregon prepares to foreclose on SoloPower."), owned("foreclose", true));
    // What firms in general do, or a renegotiation as a mere possibility, is no status.
    assert_eq!(cue_of("Medical firms are continuing to set up shop in free-trade zones."), None);
    assert_eq!(cue_of("Developers were willing to renegotiate the terms."), None);
}

#[test]
fn postponements_openings_plans_and_incentives_are_cues() {
    let cue_of = |text: &str| cue(text, 0, text.len()).map(|s| (s.cue, s.status));
    let owned = |cue: &str, status| Some((cue.to_owned(), status));
    assert_eq!(cue_of("But now those plans are on hold."), owned("on hold", true));
    assert_eq!(cue_of("The proposed facility has yet to be built."), owned("yet to", true));
    assert_eq!(
        cue_of("That centre subsequently started operating in 2023."),
        owned("started operating", true)
    );
    assert_eq!(
        cue_of("The decision has no impact on current employment."),
        owned("no impact on", true)
    );
    assert_eq!(cue_of("Microsoft intends to expand."), owned("intends to", false));
    assert_eq!(
        cue_of("It includes the hiring of engineers."),
        owned("includes the hiring of", false)
    );
    assert_eq!(
        cue_of("TCA approved a 1.515 percent, eight-year Job Creation Tax Credit."),
        owned("approved a 1.515 percent, eight-year Job Creation Tax Credit", false)
    );
    assert_eq!(cue_of("More than 10,000 jobs will be created."), owned("will be created", false));
    // The cue quotes the whole figure created, not its first digit.
    assert_eq!(
        cue_of("Delta, a $452 million investment creating 1,500 jobs in Plano."),
        owned("creating 1,500", false)
    );
}

#[test]
fn a_party_before_a_future_verb_or_an_amount_marks_a_pledge_without_a_cue() {
    let text = "Under AMP, Apple will work with ten partners. Chung said the $21 billion \
                investment is Hyundai’s largest. Apple makes phones in many countries.";
    let draft = extract(text, &Known::default(), None);
    let cues: Vec<&str> = draft.sentences.iter().map(|s| s.cue.as_str()).collect();
    assert_eq!(cues, ["will work", "$21 billion"]);
    let text = "It will generate about 250 million pesos. Northam approved a $750,000 grant                     to the company. It will grow. TESLA TO BUILD A $5 BILLION PLANT";
    let draft = extract(text, &Known::default(), None);
    let cues: Vec<&str> = draft.sentences.iter().map(|s| s.cue.as_str()).collect();
    assert_eq!(cues, ["It will generate", "approved a $750,000 grant"]);
}

#[test]
fn deals_told_without_a_pledge_verb_are_cues_but_being_somewhere_is_not() {
    let text = "The MoUs were signed in the presence of Chief Minister K. Palaniswami. Details \
                of the deal were outlined by the US tech giant. The money will help develop \
                the company's data centres. The tech giant said it would also work with the \
                agency. President Emmanuel Macron will host it at Versailles.";
    let draft = extract(text, &Known::default(), None);
    let cues: Vec<&str> = draft.sentences.iter().map(|s| s.cue.as_str()).collect();
    assert_eq!(
        cues,
        ["MoUs were signed", "Details of the deal", "money will help", "said it would"]
    );
}

#[test]
fn a_pledge_of_the_same_company_and_figure_is_a_restatement() {
    let text = "Carrier will keep nearly 1,000 jobs in Indiana. Carrier tweeted that it will \
                keep close to 1,000 jobs. Carrier will also invest $16 million. Intel will \
                keep 1,000 jobs.";
    let draft = extract(text, &Known::default(), None);
    assert_eq!(draft.sentences.len(), 4);
    assert_eq!(restated(&draft), [None, Some(0), None, None]);
}

#[test]
fn words_match_whole_only() {
    let hay = Haystack::new("Alibaba and Ali, ALI\u{a0}Baba");
    assert_eq!(whole_words(&hay, "Ali", false), [(12, 15)]);
    assert_eq!(whole_words(&hay, "ali baba", true), [(17, 26)]);
}

#[test]
fn plans_decisions_agreements_and_aid_approved_are_cues_without_a_pledge_verb() {
    let cue_of = |text: &str| cue(text, 0, text.len()).map(|s| s.cue);
    for (text, want) in [
        ("The group's new industrial plan for Italy was presented.", "plan for"),
        ("Seven investors have decided to relocate their plants.", "have decided to"),
        ("To this end, Saudi Arabia has reached an agreement with them.", "reached an agreement"),
        (
            "Production complexes were due to be constructed in Magdeburg.",
            "were due to be constructed",
        ),
        (
            "The state aid was only recently approved by the Commission.",
            "aid was only recently approved",
        ),
        (
            "Chick-fil-A brings first distribution center to Georgia",
            "brings first distribution center",
        ),
        ("Its European manufacturing hub will remain in Ireland.", "hub will remain"),
        (
            "Among the most relevant brands in the operation are Pepsi and Bosch.",
            "Among the most relevant brands in the operation are",
        ),
    ] {
        assert_eq!(cue_of(text).as_deref(), Some(want), "{text}");
    }
    assert_eq!(cue_of("The weather was due to be sunny."), None);
}

#[test]
fn signings_reveals_openings_doubts_and_headlines_are_cues() {
    let cue_of = |text: &str| cue(text, 0, text.len()).map(|s| (s.cue, s.status));
    let owned = |cue: &str, status| Some((cue.to_owned(), status));
    assert_eq!(
        cue_of("The ministry chaired the signing of 17 agreements."),
        owned("signing of", false)
    );
    assert_eq!(
        cue_of("The ministry initiated eight of the agreements in the sector."),
        owned("initiated eight of the agreements", false)
    );
    assert_eq!(
        cue_of("The projects concern the establishment of production units."),
        owned("projects concern the establishment of", false)
    );
    assert_eq!(
        cue_of("The giant revealed this plan on Monday."),
        owned("revealed this plan", false)
    );
    assert_eq!(
        cue_of("The group confirmed a €10 billion ($10 billion) project."),
        owned("confirmed a €10 billion ($10 billion) project", false)
    );
    assert_eq!(
        cue_of("A portion-8 billion pesos-will establish a factory."),
        owned("will establish", false)
    );
    assert_eq!(
        cue_of("It is the country's largest industrial investment in history."),
        owned("largest industrial investment", false)
    );
    assert_eq!(
        cue_of("He met them to finalize the terms of an additional expansion."),
        owned("terms of an additional expansion", false)
    );
    assert_eq!(
        cue_of(
            "They would welcome the €397 million the government is offering to back the project."
        ),
        owned("offering to back", false)
    );
    assert_eq!(
        cue_of("The company hosted a grand opening at the site."),
        owned("grand opening", true)
    );
    assert_eq!(
        cue_of("Recently, the project was in the shaky territory."),
        owned("in the shaky territory", true)
    );
    assert_eq!(cue_of("Unilever Bets $1.5 Billion On Mexico"), owned("Bets", false));
    assert_eq!(cue_of("Michigan Lands Google!"), owned("Lands", false));
    assert_eq!(
        cue_of("Tim Cook introduced the initiative as the launch of a programme."),
        owned("introduced the initiative", false)
    );
    // In a sentence the same words are nouns or other verbs.
    assert_eq!(cue_of("Farm lands are wide and bets are off."), None);
    assert_eq!(cue_of("He said the facility would help build the supply chain."), None);
    assert_eq!(cue_of("It will help create American jobs."), owned("will help create", false));
    // A rule told of any company is no pledge of one.
    assert_eq!(
        cue_of("\"If a company does not meet its commitments, there are consequences.\""),
        None
    );
}

#[test]
fn a_judgement_of_what_an_investment_will_do_is_no_pledge() {
    let text = "Granholm said Google's investment in Michigan will serve as a catalyst.";
    let draft = extract(text, &Known::default(), None);
    assert!(draft.sentences.is_empty(), "{:?}", draft.sentences);
}

#[test]
fn a_company_investing_in_a_two_word_place_will_do_something() {
    let text = "Micron’s investment in Onondaga County will complement its fab in Boise.";
    let known = Known {
        companies: vec![Record { slug: "micron".into(), names: vec!["Micron".into()] }],
        ..Known::default()
    };
    let draft = extract(text, &known, None);
    let cues: Vec<&str> = draft.sentences.iter().map(|s| s.cue.as_str()).collect();
    assert_eq!(cues, ["investment in Onondaga County will complement"]);
}

#[test]
fn timings_renamings_conditions_land_bought_and_costs_are_cues() {
    let cue_of = |text: &str| cue(text, 0, text.len()).map(|s| (s.cue, s.status));
    let owned = |cue: &str, status| Some((cue.to_owned(), status));
    assert_eq!(
        cue_of("Production on those trucks is currently set to begin in 2029."),
        owned("is currently set to begin", false)
    );
    assert_eq!(
        cue_of("Prototype builds were still set to start in 2027."),
        owned("were still set to start", false)
    );
    assert_eq!(cue_of("The plant is being renamed the Truck Plant."), owned("renamed", true));
    assert_eq!(
        cue_of("The investment is contingent upon local approvals."),
        owned("contingent upon", true)
    );
    assert_eq!(
        cue_of("There hadn’t been any movement toward hiring hourly employees."),
        owned("any movement toward", true)
    );
    assert_eq!(
        cue_of("That has led to some major changes at the site."),
        owned("major changes", true)
    );
    assert_eq!(
        cue_of("He said that MSIL has purchased an additional 800 acres of land."),
        owned("has purchased an additional 800 acres", false)
    );
    assert_eq!(
        cue_of("It has the potential to generate employment for 11,000 persons."),
        owned("potential to generate", false)
    );
    assert_eq!(
        cue_of("The total project cost is estimated to be Rs 18,000 crore."),
        owned("project cost is", false)
    );
    assert_eq!(
        cue_of("The state said Maruti is setting up its third plant in Haryana."),
        owned("is setting up", false)
    );
    // Being scheduled to be operational tells of a plan, as before.
    assert_eq!(cue_of("The plant is scheduled to be operational in 2024."), None);
}

#[test]
fn the_company_named_by_what_it_is_or_a_worth_told_of_it_marks_a_pledge() {
    let cues = |text: &str| {
        let draft = extract(text, &Known::default(), None);
        draft.sentences.iter().map(|s| s.cue.clone()).collect::<Vec<_>>()
    };
    assert_eq!(
        cues("The carmaker will partner with Envision AESC, a battery company."),
        ["The carmaker will partner"]
    );
    assert_eq!(
        cues("He said: \"This is a £1 billion birthday present for the plant.\""),
        ["This is a"]
    );
    assert!(cues("The company will host a reception for the factory.").is_empty());
}

#[test]
fn a_deal_told_by_its_signing_worth_purchase_or_capacity_is_a_cue() {
    let cue_of = |text: &str| cue(text, 0, text.len()).map(|s| s.cue);
    for (text, want) in [
        (
            "Officials say agreements signed by the US and Qatar would lead to trade.",
            "agreements signed by",
        ),
        (
            "The deal for the 787 planes with new engines was worth $96bn.",
            "deal for the 787 planes with new engines was worth",
        ),
        ("The chief executive, who signed the deal with the airline, spoke.", "signed the deal"),
        ("For the 787s, Qatar opted for GE Aerospace engines.", "opted for"),
        ("The airline ordered 30 aircraft from the maker.", "ordered 30"),
        ("It is the largest widebody engine deal for the maker.", "largest widebody engine deal"),
        ("The planned spending is \"our minimum investment\".", "The planned spending"),
        (
            "New locations outside Indiana include Concord and Limerick.",
            "locations outside Indiana include",
        ),
        ("Its new sites included Concord and Limerick.", "sites included"),
        (
            "This expansion will enhance Lilly’s capacity to make medicines.",
            "will enhance Lilly’s capacity",
        ),
        ("At full capacity, 200,000 vehicles may be produced at the plant.", "At full capacity"),
        ("It will have the capacity to produce a million cars.", "will have the capacity"),
    ] {
        assert_eq!(cue_of(text).as_deref(), Some(want), "{text}");
    }
    assert_eq!(cue_of("The court ordered the company to pay."), None);
}

#[test]
fn money_a_government_puts_in_and_what_a_plan_totals_are_pledges_with_their_amount() {
    let text = "The federal and Ontario governments each chipped in $295 million to secure it. \
                Together, these manufacturing investments total more than $18 billion. Adding \
                indirect jobs, this initiative could represent 10 thousand jobs. Separately, \
                the company has invested an additional $1.2 billion. The governments chipped \
                in too.";
    let draft = extract(text, &Known::default(), None);
    let cues: Vec<&str> = draft.sentences.iter().map(|s| s.cue.as_str()).collect();
    assert_eq!(
        cues,
        [
            "chipped in",
            "these manufacturing investments total",
            "this initiative could represent",
            "has invested"
        ]
    );
}

#[test]
fn a_leaders_praise_and_a_growing_demand_are_no_pledges() {
    let cue_of = |text: &str| cue(text, 0, text.len()).map(|s| s.cue);
    assert_eq!(
        cue_of(
            "“Scout Motors will provide thousands of people with opportunities,” said Governor \
             Henry McMaster."
        ),
        None
    );
    assert_eq!(
        cue_of("“The state will provide $50 million in incentives,” said Gov. Tony Evers."),
        Some("will provide".to_owned())
    );
    assert_eq!(
        cue_of("“We will hire 500 people,” said Kevin Nolan, the chief executive."),
        Some("will hire".to_owned())
    );
    assert_eq!(cue_of("The news comes as demand for data centers is expanding in Japan."), None);
    assert_eq!(
        cue_of("As demand grows, the company is expanding its plant."),
        Some("is expanding".to_owned())
    );
}

#[test]
fn a_pledge_told_by_what_befell_it_or_what_its_plant_will_do_is_a_cue() {
    let cue_of = |text: &str| cue(text, 0, text.len()).map(|s| (s.cue, s.status));
    let owned = |cue: &str, status| Some((cue.to_owned(), status));
    assert_eq!(
        cue_of("Both projects were hit by plunging lithium prices, said Corfo."),
        owned("Both projects were hit", false)
    );
    assert_eq!(
        cue_of("“The companies selected by Corfo have been affected by the market.”"),
        owned("“The companies selected by Corfo have been affected", false)
    );
    assert_eq!(
        cue_of("The plant will supply the Yucatán Peninsula."),
        owned("The plant will supply", false)
    );
    assert_eq!(
        cue_of("The plant is hoped to generate 4,000 jobs in the next 15 years."),
        owned("The plant is hoped to generate", false)
    );
    assert_eq!(
        cue_of("The new facility has a total investment of more than 1 billion USD."),
        owned("The new facility has a total investment", false)
    );
    assert_eq!(cue_of("“The company will continue to evaluate the timing,” Chiu said."), None);
}

#[test]
fn a_withdrawal_a_collapse_and_a_counterfactual_are_cues() {
    let cue_of = |text: &str| cue(text, 0, text.len()).map(|s| (s.cue, s.status));
    let owned = |cue: &str, status| Some((cue.to_owned(), status));
    assert_eq!(cue_of("BYD filed an intent to withdraw its plans."), owned("withdraw", true));
    assert_eq!(
        cue_of("Chile’s effort in 2018 to encourage investments also fell apart."),
        owned("fell apart", true)
    );
    let text = "Tsingshan and BYD would have had access to preferential prices.";
    let known = Known {
        companies: vec![Record { slug: "byd".into(), names: vec!["BYD".into()] }],
        ..Known::default()
    };
    let draft = extract(text, &known, None);
    let cues: Vec<&str> = draft.sentences.iter().map(|s| s.cue.as_str()).collect();
    assert_eq!(cues, ["would have had"]);
}

#[test]
fn reported_plans_sites_chosen_licences_and_headlines_are_cues() {
    let cue_of = |text: &str| cue(text, 0, text.len()).map(|s| s.cue);
    let owned = |cue: &str| Some(cue.to_owned());
    assert_eq!(
        cue_of("They said the company would pay an average of $50,000."),
        owned("would pay")
    );
    assert_eq!(
        cue_of("Kelly’s administration said the facility it was pursuing would be the largest."),
        owned("said the facility it was pursuing would be")
    );
    assert_eq!(cue_of("Giel Rutten said the facility would help build the supply chain."), None);
    assert_eq!(
        cue_of("France beat out competition from Germany for ProLogium's plant."),
        owned("beat out competition")
    );
    assert_eq!(cue_of("ProLogium said it this week settled on Dunkirk."), owned("settled on"));
    assert_eq!(
        cue_of("Vietnamese agencies granted investment registration certificate to Lego."),
        owned("granted investment registration certificate")
    );
    assert_eq!(cue_of("Historic investment by Heineken"), owned("Historic investment by"));
    assert_eq!(
        cue_of("Lego pins hope on it as this will be the first carbon neutral factory."),
        owned("this will be the first carbon neutral factory")
    );
    assert_eq!(cue_of("Macron pitched Yang more than a year ago."), owned("pitched"));
    assert_eq!(
        cue_of("With production slated to begin in 2026, the factory would be the fourth."),
        owned("production slated to begin")
    );
}

#[test]
fn an_appreciation_a_judgement_a_law_and_a_countrys_aim_are_no_pledges() {
    let cue_of = |text: &str| cue(text, 0, text.len()).map(|s| s.cue);
    assert_eq!(
        cue_of("For his part, Nghi highly valued Lego Group’s decision and its commitment."),
        None
    );
    assert_eq!(
        cue_of("Anwar said Google's investment will support the government's agenda."),
        None
    );
    let law = "The US passed its US$430 billion Inflation Reduction Act, which includes tax \
               subsidies to cut carbon emissions.";
    assert!(extract(law, &Known::default(), None).sentences.is_empty());
    assert_eq!(
        cue_of("After Congress passed the CHIPS Act, Intel pledged $20 billion."),
        Some("pledged".to_owned())
    );
    assert_eq!(cue_of("The retreat is a blow to Chile’s aim to develop processing."), None);
    // Praise that carries the pledge's figure stays.
    assert_eq!(
        cue_of("Trump praised Exxon Mobil for its plan to invest up to $20 billion."),
        Some("plan to".to_owned())
    );
}

mod acts;
mod broad;
mod follow_ups;
mod sites;
mod terms;
mod topic;

#[test]
fn an_item_s_number_opens_its_sentence() {
    let text =
        "397. To ask the Minister for Enterprise the timeframe. It was 2019. The plant opened.";
    assert_eq!(
        sentences_of(text),
        [
            "397. To ask the Minister for Enterprise the timeframe.",
            "It was 2019.",
            "The plant opened."
        ]
    );
}

#[test]
fn a_list_item_s_bullets_are_no_words_of_its_sentence_however_many() {
    let text =
        "Headline\n• $822 million in investments.\n- • Energimyndigheten grants 390 million SEK.";
    assert_eq!(
        sentences_of(text),
        ["Headline", "$822 million in investments.", "Energimyndigheten grants 390 million SEK."]
    );
}
