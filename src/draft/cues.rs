//! Whether a sentence states a pledge or a change in one: the cue words of pledges, deals and
//! statuses, and the few shapes of a pledge told without them. It reads sentences and the
//! candidates already found in them; it finds no candidate itself.

mod acts;
mod backdrop;
mod beside;
mod follow;
mod news;
mod praise;
mod shapes;
mod sites;
mod topic;
mod visits;
mod worded;

use crate::draft::pattern::{Match, Regex};
use std::sync::LazyLock;

use super::{Candidate, Kind, Sentence, spaced};
pub(super) use backdrop::backdrop;
use praise::{praised, quoted_praise};
pub(super) use shapes::shaped;
pub(super) use topic::extend as topic;
pub(super) use visits::mend_starts;

/// Words that speak of a pledging company or of what it pledged.
pub(super) static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"(?i)\b(?:compan(?:y|ies)|giants?|firms?|(?:chip|car|auto)?makers?|prototypes?|projects?|plans?|plants?|factor(?:y|ies)|facilit(?:y|ies)|centres?|centers?|campus|investments?|agreements?|deals?|ventures?|pledges|commitments|promises?|contributions?|phases?|expansions?|development|signing|jobs|employment|hiring|workers|construction|production|output|capacity|vehicles|funds|public (?:money|cash|funds))\b",
    )
});

/// The patterns every sentence is read with, to compile before the sentences are read (see
/// [`super::extract`], whose two threads share them out).
pub(super) fn patterns() -> Vec<&'static LazyLock<Regex>> {
    let mut all = vec![&SUBJECT, &PLEDGE, &DEAL, &SCOPE, &TERMS, &STATUS, &UNREAL, &VERB, &TOLD];
    all.extend(topic::patterns());
    all.extend([follow::patterns(), news::patterns(), visits::patterns()].concat());
    all.extend([backdrop::patterns(), beside::patterns(), sites::patterns()].concat());
    all
}

/// The words that mark a pledge ("is to build", "entered into an agreement", "signed the
/// permit", "made the announcement"), and those that mark a change in one's status.
static PLEDGE: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r#"(?i)\b(pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|commit(?:s|ted|ting|ment|ments)?|vow(?:s|ed)?|announc(?:e|es|ed|ing)|(?:will|would|['’]ll|to|going to) ["“]?(?:(?:grow|expand) and )?(?:invest|create|add|hire|bring|spend|build|employ|provide|keep|retain)|to expand (?:its |their |our |the )?(?:[a-z]+ )?(?:operations|plants?|facilit(?:y|ies)|factor(?:y|ies)|production|capacity|presence|workforce)|(?:will|would|shall|['’]ll)(?: [a-z]+| [–—-] [^–—\n]{1,40} [–—-]){0,3} ["“]?(?:invest|create|add|hire|bring|spend|build|employ|provide|keep|retain|buy|purchase|open|double|triple|expand|increase|boost|start|begin|resume|commence|establish|construct|set up|allocate|produce|manufacture|lease|pay|subsidi[sz]e|finance|fund|recruit|fill|sign)|continu(?:e|es|ing) to (?:manufacture|make|produce|employ|operate|invest|build|hire)|(?:is|are|was|were) part of|(?:made|make|making) (?:the|an|its) announcement|(?:is|are) to (?:build|invest|open|construct|set up|establish|create|hire)|entered into (?:an?|the) (?:[a-z-]+ )?(?:agreement|memorandum|MoU|contract|deal|partnership)|signed (?:the|an?|its) (?:[a-z-]+ )?(?:permit|licen[cs]e|concession|lease)|signs (?:[a-z-]+ )?(?:permit|licen[cs]e|concession|lease)|made (?:[a-z]+ ){1,3}announcements|(?:will|would|is|are)(?: not)? be (?:investing|creating|adding|hiring|bringing|spending|building)|(?:is|are|[’']re) (?:investing|creating|adding|hiring|bringing|spending|building|setting up|coming up with|constructing|establishing|expanding)|(?:is|are)(?: finally| now)? set to|(?:is|are|was|were)(?: all| still| currently| now)? (?:set|slated|scheduled) to (?:begin|start|sign|open|launch|break|resume|build|invest|create|hire|produce|manufacture)|(?:has|have|had)(?: also| already)? (?:purchased|bought|acquired) [^.\n]{0,40}?\b(?:acres?|land|site|plot|parcel)|potential to (?:generate|create|employ|provide|add)|(?:has|have|had) created|creat(?:es|ing|ion of) [^.\n]{0,40}?(?:\d[\d,.]*\d|\d|jobs|job opportunities|positions|employment)|(?:reached|struck|signed|done|sealed|clinched|inked)(?: [a-z]+ly)? a deal|a done deal|negotiated (?:an? |the )?(?:[a-z-]+ ){0,3}(?:package|deal|agreement|contract)|stepped up to (?:assist|help|support)|pacts?|agree(?:s|d)? (?:to|on the (?:construction|building|creation|expansion|establishment|development) of)|(?:agreement|deal|contract) (?:was |is |has been )?(?:approved|signed|ratified|amended|renegotiated)|plans? to|planned to|planning to|intends? to|intended to|aims? to|unveil(?:s|ed|ing)?|(?:will|would) be (?:created|invested|added|hired|built|spent|retained|implemented|realized|realised|carried out|granted to|awarded to|allocated to|(?:[a-z]+ly )?(?:funded|financed))|includ(?:es|ed) the (?:hiring|construction|creation|retention|building|expansion) of|(?:project|plan|investment|deal|agreement|package|proposal)s? (?:[^.\n]{0,40}? )?includes|(?:agreements|MoUs|memoranda|deals) (?:signed )?include|approv(?:e|es|ed)(?:, [^,\n]{1,30},)? (?:a|an|the) [^\n]{0,60}?(?:tax credits?|grants?|incentives?|subsid(?:y|ies)|loans?|aid|abatements?)|(?:approved for|receiving|will receive) (?:an? |the )?(?:[a-z-]+,? ){0,3}(?:tax credits?|grants?|incentives?|subsid(?:y|ies)|abatements?|(?:government|state|federal|public) support)|(?:selected|chose|chosen|picked|designated|determined) [^.\n]{0,80}? (?:as|for) (?:its|the|a|one)|(?:is|are|was|were) among the (?:recipients|beneficiaries)|(?:companies|firms|projects) to benefit (?:include|included|are|were)|(?:our|its|their) target is to|expects? to|expected to|(?:set|sets|setting) (?:a|an|the) (?:[a-z]+ )?(?:target|goal)|reiterat(?:e|es|ed|ing)|investments? (?:would|will)|(?:jobs|positions|workers|employees) (?:will )?remain|(?:won|wins|win|winning) (?:the |a |an )?(?:[A-Za-z’']+ ){0,2}(?:investment|plant|factory|project|tender|competition|bid|concession|contract|auction|terminal)s?|(?:lure|lures|lured|luring) (?:[a-z]+ ){0,2}(?:company|companies|firm|firms|plant|factory|investment|investors?|manufacturer|maker)|will(?: also)? work on (?:developing|building|setting up|establishing|locali[sz]ing))\b"#,
    )
});
/// Words that tell of a deal without a pledge's verb, tried when no word of [`PLEDGE`] is
/// there: memoranda signed, the details or size of an investment, what a company said it
/// would do, what the money will do, a plan for a place, what companies decided, an agreement
/// reached, what was due to be built, aid approved, a headline's "brings", a hub that will
/// remain, the companies a deal is among, a signing chaired or initiated, what projects amount
/// to or concern, a plan revealed or confirmed, aid offered to back a project, and what a
/// project costs, what a plant will be the first or largest of, a company courted, a company
/// launched ("launched the Mafikeng Cement Company"), a headline's "invests in", a governor
/// joining others in welcoming a company, investments announced for a place, incentives a
/// company may receive, an agreement a company has to lease, build or invest, a place that was
/// or was not a company's first choice, a government's partnering role, a company's decision to
/// locate a plant and its interest in a site, a deal signed on behalf of a party, and work being
/// undertaken by a company.
static DEAL: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"(?i)\b(?:signed (?:(?:\d+|an?|the|[a-z]+(?:-[a-z]+)?) ){0,3}(?:MoUs?|memorand(?:ums?|a)|agreements?|contracts?)|(?:has|have|had) formed (?:a|an) (?:new )?(?:subsidiary|joint venture|joint-venture company)|assured (?:[a-z]+ )?of (?:the |its |his |her )?(?:government['’]s |state['’]s )?(?:full |complete |all )?support|signed an? series of (?:[a-z]+ ){0,4}(?:deals|agreements|contracts)|(?:MoUs?|memorand(?:um|a)(?: of understanding)?(?: \((?-i:MoU|MOU|MoA|MOA)\))?|agreements?|contracts?|deals?)(?:, which)? (?:were|was|have been|has been)(?: also| recently| formally| officially){0,2} signed|(?:details|terms) of (?:the|an?|its|their)(?: [a-z]+){0,2} (?:deal|agreement|investment|plan|package|expansion|project)|(?:largest|biggest)(?:-ever)?(?: [a-z]+){0,2} investment|(?:said|says) (?:it|they) (?:would|will)|(?:money|funds|funding|investment|financing)(?: from the [a-z]+)? (?:will|would) (?:help|go|be used|fund|finance|support)|plans? (?:for|that)|(?:has|have|had) decided (?:to|on)|(?:has|have|had) partnered (?:individually |separately |jointly )?with|(?:granted|gave|given) (?:[a-z]+ )?approval (?:to|for)|(?:reached|reach|reaches) (?:(?:an|a|the) )?(?:[a-z-]+ )?(?:agreement|deal|accord)|(?:has|have|had) (?:an?|the) (?:[a-z]+ )?(?:agreement|deal) (?:with [^.\n]{1,40}? )?to (?:lease|build|construct|invest|buy|acquire|develop|open|expand|operate)|(?:is|are|was|were) due to be (?:[a-z]+ly )?(?:built|constructed|created|opened|completed|invested|set up)|(?:aid|subsid(?:y|ies)|grants?|incentives?|funding) (?:was|were|had been|has been|is|are)(?: [a-z]+){0,2} (?:approved|granted|awarded)|brings? [^.\n]{0,60}?\b(?:jobs|plants?|factor(?:y|ies)|facilit(?:y|ies)|cent(?:er|re)s?|headquarters|campus|hub|operations|investment)|(?:hub|plants?|factor(?:y|ies)|facilit(?:y|ies)|operations|headquarters) will remain|among the (?:[a-z]+ ){0,3}(?:companies|brands|investors|firms|tenants|locators|signatories)(?: [a-z]+){0,4} (?:are|were|include|included)|signing (?:ceremony|of)|(?:initiated|launched) (?:[^.\n]{0,30}? )?(?:agreements|projects|investments)|launched (?:the|a|its) (?:new )?(?-i:(?:\p{Lu}[\p{L}-]* ){1,4}(?:Company|Corporation))|invests (?:in|[$€£])|(?:projects?|investments?|agreements?) amounting to|(?:projects?|plans?|investments?|agreements?) (?:concerns?|involves?|covers?) the (?:establishment|construction|creation|building|expansion|opening|development|renovation|conversion|modernisation|modernization)(?: and [a-z]+)? of|(?:revealed|confirmed|unveiled|disclosed|outlined|presented|introduced) (?:[^.\n]{0,40}? )?(?:plans?|projects?|investments?|deal|agreement|factory|plant|initiative|programme|program|announcement)|offer(?:s|ed|ing)? to (?:back|support|fund|finance|subsidi[sz]e)|(?:project|plant|factory|facility|investment) costs? (?:is|was|are|will be)|(?:said|says) (?:that )?the (?:company|facility|plant|factory|project|investment)(?: [a-z]+){0,4} (?:would|will) [a-z]+|beat (?:out )?(?:the )?(?:competition|rivals?|bids?)|settled on|(?:granted|issued|awarded) (?:an? |the |its )?(?:[a-z]+ ){0,2}(?:licen[cs]es?|certificates?|permits?|privileges)|(?:new )?investments? (?:are|is|were|was) (?:being )?planned\b|(?:historic|record|landmark|massive|major) investments? (?:by|from)|(?:production|construction|operations|output) (?:is |are |was |were )?(?:set|slated|scheduled|due) to (?:begin|start|resume|commence)|(?:expects?|expected|expecting) (?:production|construction|operations|output|exports) to (?:begin|start|resume|commence)|(?:this|it|which) will be (?:the|its|a) (?:[a-z-]+ ){0,4}(?:factory|plant|facility|project|investment|gigafactory)|(?:first|second|third|fourth|fifth|next|final|new|latest) phases? of|(?:pitched|courted|wooed)|(?:target|recipient|beneficiary) of (?:an|the|a) (?:[a-z]+ )?investment|(?:investments?|funds|projects?)\b[^.\n]{0,60}? (?:is|are) intended (?:for|to)|joined (?:[^.\n]{0,80}? )?in (?:welcoming|announcing)|new investments? (?:(?:for|in) (?-i:\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?) )?(?:were|was|have been|has been) announced|(?:receive|get|be eligible for|qualify for) (?:[a-z]+ ){0,3}(?:tax (?:abatements?|credits?|breaks?|exemptions?)|incentives|grants)|qualif(?:y|ies|ied) for (?:[a-z]+ ){0,2}(?:support|funding|assistance|incentives)|(?:is|are) locating (?:to|in)|(?-i:Locating) (?:to|in)|(?:plan|investment|deal|grant|project|expansion)s? (?:was |is |has been )?confirmed|will be home (?:to|for)|will do everything (?:possible|we can|in (?:our|its|their) power) to (?:support|help|ensure|facilitate)|(?:workers|employees|staff|workforce) will be (?:local|hired|recruited|drawn)|(?:future |further )?plans include|potential for (?:further |more )?(?:expansion|growth|investment)|to subsidi[sz]e|approved the (?:deal|subsidy|aid|grant|incentives?|investment|project|setting up of|establishment of|construction of)|(?:was|is|had|has)(?: not)?(?: been)? (?:the )?first choice|(?:partnering|supporting) role to (?:facilitate|support|help)|decision to (?:locate|relocate|site|build|open|establish|set up) (?:a|an|its|their|the) |expressed interest in (?:the |a |its |this )?(?:site|location|property|project|state|city)|applied for (?:state |federal |government )?(?:aid|funding|grants?|incentives|subsidies)|(?:incentives?|tax credits|grants?|payments) (?:are|is|were|was) (?:based on|tied to|linked to|dependent on)|(?:agreement|contract|memorandum) to (?:assemble|build|construct|produce|manufacture|establish|set up)|signed on behalf of|(?:is|are|was|were) being undertaken by|applied for an? (?:[A-Z]{3} )?[\d.,]+ (?:million|billion))\b",
    )
});
/// Words that tell of a deal by its signing, worth or scope, or of a plant by its capacity,
/// tried after [`DEAL`]: agreements signed by a country, a deal worth or valued at an amount,
/// a purchase opted for or ordered, the largest deal or order, the planned spending, the
/// locations a plan includes, capacity a plant will enhance, what it makes at full capacity.
static SCOPE: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"(?i)\b(?:(?:agreements?|deals?|contracts?|orders?|MoUs?|memorand(?:um|a)),? signed (?:(?:today|yesterday|on (?-i:[A-Z][a-z]+)) )?(?:by|with|between)|(?:agreements?|deals?|contracts?|MoUs?|memorand(?:um|a)) (?:were |was )?(?:penned|inked) by|(?:received|granted|issued|awarded) (?:an? |the |its )?(?:[A-Za-z]+ ){0,3}(?:investment )?certificates?|certificates? (?:was|were)(?: also)? (?:awarded|granted|issued)|signed (?:the|a|an|its|their) (?:[a-z]+ )?(?:deal|order)|(?:deal|agreement|order|contract|purchase)s? (?:[^.\n]{0,80}? )?(?:was|is|were|are|would be|will be) (?:worth|valued at)|opt(?:ed|s|ing)? for|order(?:ed|s)? (?:up to |more than |about |another |an additional )?\d+|(?:largest|biggest)(?:-ever)?(?: [a-z]+){0,3} (?:deal|order|contract|purchase)|the planned (?:spending|investments?|expansion|outlay)|(?:locations|sites|plants|factories|facilities|campuses|projects|investments) (?:[^.\n]{0,40}? )?includ(?:e|es|ed)|(?:will|would) (?:enhance|strengthen|grow|raise|lift|upgrade|expand|increase|boost|double|triple) [^.\n]{0,40}?\b(?:capacity|production|output)|at full capacity|(?:will|would) have (?:the |a )?(?:[a-z]+ )?capacity)\b",
    )
});
/// Words that tell of a pledge by its terms, its site, its signing or a count held against it,
/// tried after [`SCOPE`]: what a party may do as part of a memorandum, jobs that are to be
/// created or output that could be produced, what would be completed, a site selected or a
/// place chosen for a reason, a signing that took place, a ceremony held or led, an event a
/// leader will attend, the companies named in a deal that will take part, a company still
/// exploring a collaboration, the number of workers against what was projected, and the
/// employment an analysis projected.
static TERMS: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"(?i)\b(?:subject to (?:a number of |the |certain |strict )?(?:terms|conditions)|according to the (?:[a-z-]+ )?(?:agreements?|deal|contract|MoU|memorandum)|(?:agreements?|deal|contract|MoU|memorand(?:um|a)) outlines? (?:the (?:terms|conditions)|that)|(?:signing|agreement|ceremony|MoU|memorandum)(?: [a-z]+){0,2} (?:was )?witnessed by|approv(?:e|es|ed) [^.\n]{0,40}?applications?\b|minimum levels? of (?:employment|jobs|investment)|(?:as part|under the terms) of (?:the|an?|its|their) (?:[a-z]+ )?(?:MoUs?|memorand(?:um|a)|deal|agreement|pact|contract|accord)|(?:is|are|was|were) to be (?:[a-z]+ly )?(?:created|built|hired|added|invested|produced|manufactured|opened|constructed)|(?:will|would) be (?:completed|finished)|(?:could|may|might) be (?:produced|manufactured|built|created|hired|added|assembled)|(?:site|location|state|city|region|town)s?\b[^.\n]{0,40}? (?:was|were|has been|had been) (?:selected|chosen|picked)|(?:chose|selected|picked) (?:the )?[A-Z][^.\n]{0,40}? because|(?:signing (?:ceremony |event )?|(?:foundation[- ]stone(?: laying)?|groundbreaking|ground-breaking) (?:ceremony|event) )(?:took place|was held|will take place|will be held)|\bceremony\b[^.\n]{0,60}? (?:was|will be|is being) (?:held|led|presided over|chaired)\b|(?:ceremony|event|opening|inauguration|signing) (?:will be |was )attended by (?:the )?(?:[A-Z][a-z]+ )?(?-i:Prime Minister|President|Vice President|Governor|Minister|Chief Minister|Premier)|(?:suppliers|companies|firms|producers|exporters|investors|partners), including [^.\n]{0,80}?, will [a-z]+|continu(?:e|es|ing) to (?:explore|pursue) [^.\n]{0,60}?(?:collaboration|cooperation|partnership)|number of (?:workers|employees|jobs|hires)\b[^.\n]{0,160}?\b(?:projected|promised|pledged|planned)|(?:employment|jobs|workforce|headcount|hiring) (?:would|will|could) (?:reach|total|number|top|hit)|won (?:them|us|him|her|it|the company|the firm) over)\b",
    )
});
static STATUS: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"(?i)\b(kept|opened|reopen(?:s|ed)|(?:official|grand) reopening|will reopen|operational|put into (?:production|operation|service)|(?:laid|lay|lays) (?:the )?foundation stone|foundation stone (?:was|has been|will be|is)(?: [a-z]+ly)? laid|suspension of|construction (?:[a-z]+ )?(?:has|had) (?:not )?(?:yet )?(?:begun|started)|(?:already|now) in operation|production (?:could|would|will|can|may) (?:recommence|resume|restart)|up and running|(?:broke|breaks|broken|breaking) ground|hired|scal(?:ed|ing) back|slow(?:ed|ing|-going)|ceas(?:e|es|ing) (?:manufacturing|production|operations)|abandon(?:s|ed|ing)?|no longer|cannot be fulfilled|reconsider(?:s|ed|ing)?|reassess(?:es|ed|ing|ment)?|won't|will not|closer to|pull(?:ed|ing) back|reduc(?:e|ed|es|ing)|cut|on hold|delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing|ement)|pushed back|paused|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|yet to|(?:started|began|begun|starts|begins) (?:operating|operations|production|producing)|no impact on|(?:grand|official) opening|commission(?:s|ed|ing)|opening ceremony|bh(?:u|oo)mi pujan|inaugurat(?:e|es|ed|ing|ion)|in (?:the )?shaky territory|in doubt|in jeopardy|renam(?:ed|ing)|repurpos(?:ed|ing)|(?:contingent|conditional) (?:up)?on|(?:no|any|little|critical|significant|good|steady|major|substantial)(?: [a-z]+)? (?:movement|progress) (?:on|toward|towards|in)|progress(?:ing|es)? (?:as planned|on schedule|ahead of schedule)|on track to|on course|defaulted on|recoup(?:s|ed|ing)?|terminat(?:e|es|ed|ing|ion)|never (?:built|opened|started|began|came)|(?:agreement|deal|contract|lease|option|incentives?)\b[^.\n]{0,60}? expire[ds]?|impossible (?:for [a-z]+ )?to (?:proceed|continue|go ahead)|never materiali[sz]ed|(?:was|were|is|are|has|have|had)(?: also)? not (?:been )?fulfilled|never happened|void(?:s|ed|ing)|(?:is|sits|stands|remains|lies) idle|ahead of schedule|behind schedule|well underway|near(?:ing)? completion|(?:major|those|these) changes|withdr(?:aw|aws|ew|awn|awing)|f(?:ell|alls?|allen) apart|(?:declared|filed for|files for|declares) bankruptcy|(?:is|was) (?:now )?officially dead|requested (?:the )?termination|(?:started|began|begun|commenced|starts|begins|launch(?:ed|es)) (?:the )?construction|f(?:ell|alls?|allen) (?:below|short of)|claw(?:s|ed|ing)? back|block(?:s|ed|ing)? (?:the|a|its|their) (?:[a-z]+ )?(?:deal|project|plan|investment|sale|agreement)|(?:drop(?:s|ped|ping)?|quit(?:s|ting)?) (?:the |its |their )?(?:\w+ ){0,2}(?:project|plan|plant|investment)s?\b|clawback[”\x22’]? (?:orders?|payments?|bills?|demands?|notices?)|(?:not|failed to|fails to|fail to) liv(?:e|ing) up to|sold (?:the|its) (?:[A-Z]\w+ )?(?:plant|factory|facility|site)|(?:has|have) not yet (?:officially )?(?:accepted|approved|confirmed|signed)|(?:gave|given|provided) (?:[A-Z][\w.]+ |him |her |them )?an update on|not (?:moving|going) forward|cancel(?:s|led|ed|ling|ing|lation)?|renegotiat(?:es|ed|ing|ion)|sets up shop|receiv(?:es|ed) (?:[A-Za-z]+ ){0,2}approval|miss(?:es|ed) (?:its |the |a )?(?:[a-z]+,? ){0,3}(?:targets?|payments?|deadlines?)|foreclos(?:e|es|ed|ing|ure)|groundbreaking (?:of|for)|(?:project|plant|factory|construction|works?) (?:could|would|will|can|may) (?:soon )?(?:resume|restart)|scrap(?:s|ped|ping)|shelv(?:e|es|ed|ing)|(?:in|on) standby|restart(?:s|ed|ing)? (?:the|its|their) (?:[a-z]+ )?(?:projects?|plants?|factor(?:y|ies)|construction|production|works?)|call(?:ed|s|ing)? off|(?:decided|decides|chose|chosen) not to (?:go ahead|proceed)|never went through|f(?:ell|alls?|allen) through|reimburs(?:e|es|ed|ing|ement)|repa(?:y|ys|id|ying|yment)|shut(?:s|ting)?|shut ?down|job losses|(?:laid|lay|lays|laying) off|layoffs|construction (?:of [^.\n]{0,60}? )?(?:has |had |have )?(?:already )?(?:commenced|started|begun|began|starts|begins|commences)|clos(?:es|ed|ing) (?:(?:the|its) )?(?:[a-z-]+ ){0,2}(?:plant|factory|facility|site|operations?|doors|subsidiary)|recover (?:the |that |its )?(?:money|grants?|funds|cash|incentives?)|return (?:the )?(?:full )?(?:amount|grants?|money|funds|incentives?)|in (?:discussions|talks) (?:with|to|over|about|regarding)|discussing (?:our|the|its|their) (?:grant|deal|agreement|contract)s?(?: terms)?|in the process of [a-z]+ing|rethink(?:s|ing)?(?: on)? (?:its|their|the) (?:decision|plans?)|succeeded in (?:getting|winning|securing|attracting|landing) (?:the|this|its) (?:project|plant|investment|unit|factory)|(?:faced|beat|beating|facing) (?:a )?(?:stiff|tough|strong) competition from|informed (?:the )?(?:[A-Z]\w+ )?(?:[Gg]overnment|[Ss]tate|[Mm]inistry|[Cc]ouncil|[Cc]ity|[Cc]ounty) of (?:its|their|the) decision|work(?:s|ed|ing)? (?:[a-z]+ )?with (?:[A-Z][\w&-]* ){1,3}to (?:secure|land|keep|save) (?:the|this|its|their) (?:project|plant|factory|investment|deal)|(?:is|was|are|were) (?:currently |now |already )?\d+(?:\.\d+)? ?(?:%|percent|per cent) (?:complete|completed|finished|done)|fulfil(?:l|s|ls|led|ling)? (?:its|their|the|his|her|our) (?:obligations|commitments|promises|pledges?)|enforce (?:the|that|this|its|their|our) (?:contract|agreement|deal)|(?:was|were|is|are) (?:already )?recruiting|made (?:no|little) use(?: at all)? of|only [\d,]+ (?:[a-z]+ ){0,4}(?:was|were|has been|have been|had been) (?:cleared|planted|developed|used|built|created|hired)|(?:give|pay|hand) back (?:[^.\n]{0,30}? )?(?:grants?|funds|funding|money|millions|subsid(?:y|ies))|rolls? off (?:the |an |its )?(?:assembly|production) line|(?:initiated|launched) the construction|groundbreaking (?:is|was|marks|marked) (?:a|the) |complet(?:e|ed|ing) (?:the )?preparatory works?|(?:has|have) begun (?:the )?(?:(?:licensing|permitting|approval) process|process(?:es)? (?:for|of) (?:licensing|permitting|approval)))\b",
    )
});

pub(super) fn cue(text: &str, start: usize, end: usize) -> Option<Sentence> {
    let sentence = &text[start..end];
    // "If a company does not meet its commitments, ...": a rule told of any company; "If the
    // deal goes through, its subsidiary would lease the port" is a pledge on a condition.
    let opening = sentence.trim_start_matches(['"', '“', '\'']);
    let any = ["a ", "an ", "any ", "companies ", "firms ", "employers ", "businesses "];
    if opening.strip_prefix("If ").is_some_and(|rest| any.iter().any(|w| rest.starts_with(w))) {
        return None;
    }
    let before = |at: usize| sentence[..at].trim_end().to_lowercase();
    // "is scheduled to be operational" tells of a plan, not of a plant that opened.
    let planned = |m: &Match| {
        let before = before(m.start());
        ["operational", "up and running"].contains(&m.as_str().to_lowercase().as_str()) && {
            // "will be fully operational": an adverb between does not change the tense.
            let before = match before.rsplit_once(' ') {
                Some((head, last)) if last.ends_with("ly") => head.to_owned(),
                _ => before,
            };
            before.ends_with("to be") || before.ends_with("will be")
        }
    };
    // "tax subsidies to cut carbon emissions", "cut the authorization deposit paid by
    // investors": what a policy cuts is no pledge's status.
    let purpose = |m: &Match| {
        let cue = m.as_str().to_lowercase();
        (cue == "cut" || cue.starts_with("reduc")) && PURPOSE.is_match(&sentence[m.end()..])
    };
    if aside(sentence) {
        return None;
    }
    let unchanged = |m: &Match| backdrop::unchanged(sentence, m.start());
    // "will help reduce the shortages": an aim, no change of a pledge's status; "as the
    // economy expanded at its slowest pace": the economy's pace, no plant's.
    // "Rwanda wants to reduce its trade deficit": so is a place's standing after the cut.
    let aim = |m: &Match| {
        let cue = m.as_str().to_lowercase();
        (cue.starts_with("reduc") || cue == "cut")
            && (["help", "helps", "helping"].iter().any(|w| before(m.start()).ends_with(w))
                || topic::standing(&sentence[m.end()..]))
            || cue.starts_with("slow") && sentence.to_lowercase().contains("economy")
            || averted(&sentence[..m.start()])
    };
    // "first reported the scrapped investments": the past participle before a noun names
    // what was reported, not what befell it here.
    let attributive =
        |m: &Match| m.as_str().to_lowercase() == "scrapped" && before(m.start()).ends_with("the");
    // "expanding the market for this crop closer to home": a place, no step toward a plant.
    let home = |m: &Match| {
        m.as_str().eq_ignore_ascii_case("closer to") && sentence[m.end()..].starts_with(" home")
    };
    let unreal = UNREAL.is_match(sentence);
    if let Some(m) = STATUS.find_iter(sentence).find(|m| {
        !unreal
            && !planned(m)
            && !purpose(m)
            && !unchanged(m)
            && !attributive(m)
            && !aim(m)
            && !home(m)
    }) {
        return Some(Sentence { start, end, cue: m.as_str().to_owned(), status: true });
    }
    if let Some(m) = news::started(sentence) {
        return Some(Sentence { start, end, cue: m.as_str().to_owned(), status: true });
    }
    if praised(sentence) || sites::general(sentence) || backdrop(sentence) {
        return None;
    }
    if DEMANDED.is_match(sentence) {
        return None;
    }
    // "the previously announced fund" and "the deal was first announced" look back at a
    // pledge; the pledge itself is announced by its maker.
    let recalled = |m: &Match| {
        let before = before(m.start());
        m.as_str().to_lowercase().starts_with("announc")
            && ["was", "were", "been", "previously", "already", "first", "widely"]
                .iter()
                .any(|w| before.ends_with(w))
    };
    // "the facility would help build the supply chain": what a plant will help bring about
    // is a judgement of it, not a pledge, unless that is jobs ("will help create jobs").
    let jobs = ["job", "position", "worker", "employ"].iter().any(|w| sentence.contains(w));
    // "The launch is expected to help boost connectivity": the help may follow the cue.
    let helped = |m: &Match| {
        !jobs
            && (m.as_str().split_whitespace().any(|w| w == "help")
                || sentence[m.end()..].trim_start().starts_with("help "))
    };
    // "demand for data centers ... is expanding in Japan": a market that grows is the
    // background of a pledge, told in the clause whose subject is the demand.
    let market = |m: &Match| {
        let cue = m.as_str().to_lowercase();
        let clause = before(m.start());
        let clause = clause.rsplit(',').next().unwrap_or("");
        (cue.starts_with("is ") || cue.starts_with("are ")) && clause.contains("demand")
    };
    // "said the facility would help build the supply chain": a judgement, reported.
    let reported = |m: &Match| m.as_str().starts_with("said") || m.as_str().starts_with("says");
    // "The company will continue to evaluate the timing": still weighing is no pledge.
    let weighed = |m: &Match| WEIGHED.is_match(m.as_str());
    // "want more details before committing to new investments": a pledge still withheld;
    // "emphasised the Government's commitment to ensure": a government's policy, no figure.
    let figure = sentence.contains(|c: char| c.is_ascii_digit());
    // "two objectives. One of them is to create jobs": an aim told with no figure.
    let lowered = sentence.to_lowercase();
    let goals = ["one of them is to ", "objective is to ", "aim is to ", "goal is to "];
    if !figure && goals.iter().any(|g| lowered.contains(g)) {
        return None;
    }
    // "Chile's aim to develop": an aim as a noun is a country's wish, not a company's plan.
    // "a massive appetite from our companies to invest": an appetite is no pledge.
    let wish = |m: &Match| {
        let before = before(m.start());
        let near: Vec<&str> = before.rsplit(' ').take(5).collect();
        let keen = ["appetite", "interest", "desire", "eagerness", "willingness", "hunger"];
        let wanted = m.as_str().starts_with("to ") && near.iter().any(|w| keen.contains(w));
        wanted
            || m.as_str().to_lowercase().starts_with("aim")
                && (["'s", "’s", "the", "its", "their", "an"].iter().any(|w| before.ends_with(w)))
    };
    let owner = |m: &Match| {
        let cue = m.as_str().to_lowercase();
        let before = before(m.start());
        let pledged = ["commit", "pledg", "promis"].iter().any(|w| cue.starts_with(w));
        pledged.then(|| before.rsplit(' ').next().unwrap_or("").to_owned())
    };
    // A government's commitment with no figure makes the whole sentence its policy, whatever
    // it says the policy is to create.
    let policy = |m: &Match| owner(m).is_some_and(|o| GOVERNMENT.contains(&o.as_str()));
    if !figure && PLEDGE.find_iter(sentence).any(|m| policy(&m)) {
        return None;
    }
    // "MECs who are part of the Cluster": people's membership, not a project's place in a plan.
    let member = |m: &Match| {
        m.as_str().to_lowercase().ends_with("part of") && before(m.start()).ends_with("who")
    };
    // "in promising sectors", "a promising start": the adjective, no promise; "went on to add
    // that": a verb of saying.
    let adjective = |m: &Match| {
        let before = before(m.start());
        let last = before.rsplit(' ').next().unwrap_or("");
        m.as_str().eq_ignore_ascii_case("promising")
            && ["in", "a", "an", "the", "most", "very", "more", "highly", "as", "of"]
                .contains(&last)
    };
    // "as part of a campaign pledge", "over sprawling multilateral pacts": a candidate's
    // promise and a pact between countries are no company's pledge.
    let political = |m: &Match| {
        let cue = m.as_str().to_lowercase();
        let last = before(m.start());
        let last = last.rsplit(' ').next().unwrap_or("");
        (["pledge", "promise"].iter().any(|w| cue.starts_with(w))
            && ["campaign", "election", "electoral"].contains(&last))
            || (cue.starts_with("pact")
                && ["multilateral", "bilateral", "trade", "free-trade"].contains(&last))
    };
    let saying = |m: &Match| {
        m.as_str().eq_ignore_ascii_case("to add")
            && (sentence[m.end()..].starts_with(" that ") || sentence[m.end()..].starts_with(':'))
    };
    // "is also expected to have discussions with": a meeting to come, no pledge.
    let meeting = |m: &Match| {
        let after = sentence[m.end()..].trim_start().to_lowercase();
        m.as_str().to_lowercase().starts_with("expect")
            && ["have discussions", "hold discussions", "have talks", "hold talks", "meet "]
                .iter()
                .any(|w| after.starts_with(w))
    };
    // "Samsung hopes that Vietnam will continue to provide favourable conditions": what a
    // company hopes another will do, with no figure, is a wish.
    let hoped = |m: &Match| {
        let before = before(m.start());
        !figure
            && [" hopes that ", " hope that ", " hoped that "].iter().any(|w| before.contains(w))
    };
    let withheld = |m: &Match| {
        owner(m)
            .is_some_and(|o| ["before", "without", "until", "not", "never"].contains(&o.as_str()))
    };
    let m = PLEDGE
        .find_iter(sentence)
        .find(|m| {
            !recalled(m)
                && !helped(m)
                && !market(m)
                && !wish(m)
                && !withheld(m)
                && !member(m)
                && !adjective(m)
                && !political(m)
                && !saying(m)
                && !meeting(m)
                && !hoped(m)
                && !visits::hope(sentence, m)
        })
        .or_else(|| DEAL.find_iter(sentence).find(|m| !(reported(m) && helped(m))))
        .or_else(|| SCOPE.find(sentence))
        .or_else(|| TERMS.find(sentence))
        .or_else(|| follow::award(sentence))
        .or_else(|| sites::site(sentence))
        .or_else(|| news::planned(sentence))
        .or_else(|| news::headline(sentence))
        .or_else(|| visits::around(sentence))
        .or_else(|| {
            TOLD.find(sentence).filter(|m| !PRESENCE.is_match(m.as_str()) && !weighed(m))
        })?;
    // "“These new projects will bring thousands of jobs ...”" in a governor's quote: what a
    // leader says the pledge will do, with no figure, is praise.
    // "“People want to bring their ideas here”": so is what the leader says people want.
    let future =
        ["will ", "would ", "to "].iter().any(|w| m.as_str().to_lowercase().starts_with(w));
    if future && quoted_praise(text, start, end) {
        return None;
    }
    Some(Sentence { start, end, cue: m.as_str().to_owned(), status: false })
}

/// Whether an amount in the sentence that opens at `start` counts those a leader met ("Baldacci
/// met with more than 150 workers"), no jobs of the pledge.
fn met(text: &str, start: usize, amount: &Candidate) -> bool {
    text[start..amount.start].trim_end().ends_with("met with")
}

/// A word that makes a sentence a clause: an auxiliary, a verb of saying or a past tense.
static VERB: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"(?i)\b(?:is|are|was|were|be|been|will|would|shall|can|could|may|might|has|have|had|said|says|[a-z]{3,}ed)\b",
    )
});

/// The units of an amount that counts people at work.
const WORKERS: &[&str] = &[
    "jobs",
    "job",
    "workers",
    "employees",
    "positions",
    "hires",
    "staff",
    "people",
    "persons",
    "engineers",
    "steelworkers",
    "autoworkers",
];

/// The time an amount is paid over when it is a wage: "$100,000 per year", "$25 an hour".
static WAGE: LazyLock<Regex> =
    LazyLock::new(|| spaced(r"^ (?:per|a|an|each) (?:year|hour|month|week)\b"));

/// The owners of a commitment that is a government's general policy. A country's commitment ("the country’s commitment to net-zero") may be why a company
/// invests there, so only a government's own is refused.
const GOVERNMENT: &[&str] =
    &["government's", "government’s", "administration's", "administration’s"];

/// What did not happen, which no status word in it changes: "It would have been worse if the
/// project had advanced further before having to be abandoned".
static UNREAL: LazyLock<Regex> =
    LazyLock::new(|| spaced(r"(?i)\bwould(?: not)? have (?:been|had|cost)\b[^.\n]*\bif\b"));

/// Whether the words before a status word keep it away: "the need to avoid layoffs",
/// "to prevent job losses".
pub(super) fn averted(before: &str) -> bool {
    let before = before.trim_end().to_lowercase();
    ["avoid", "prevent", "avert"].iter().any(|w| before.ends_with(w))
}

/// What a cut or reduction is of when a policy, not a pledge, makes it.
static PURPOSE: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"^ (?:[a-z]+ ){0,2}(?:emissions|carbon|costs?|prices|taxes|tariffs|duties|fees?|deposits?|levy|levies|royalties|red tape|pollution|barriers)\b",
    )
});

/// A sentence whose subject is the pledge itself (its plant, project, investment or companies)
/// and that tells what it will do, is hoped to do, costs, or what befell it: "The plant will
/// supply the peninsula", "The investment in Montreal, Quebec will combine", "The plant is hoped
/// to generate 4,000 jobs", "The new facility has a total investment of", "Both projects were hit by plunging prices", "The companies selected
/// by Corfo have been affected".
static TOLD: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r#"^["“]?(?:The|Both|These|This|Its|Their)(?: [a-z-]+){0,2} (?:plants?|factor(?:y|ies)|facilit(?:y|ies)|projects?|investments?|compan(?:y|ies)|brewer(?:y|ies)|gigafactor(?:y|ies)|mills?)(?: [a-z]+ by [A-Z][\w-]*| (?:in|near|at) [A-Z][\w-]*(?:,? (?:(?:near|in) )?[A-Z][\w-]*)?)? (?:(?:will|would) [a-z]+|(?:is|are|was|were) (?:hoped|expected|projected|estimated|forecast) to [a-z]+|(?:has|have|had) (?:a|an) (?:total |combined |planned )?(?:investment|capacity|value|cost|budget)|(?:were|was|have been|has been|had been) (?:hit|affected|hurt|delayed|cancell?ed|shelved|halted|derailed))\b"#,
    )
});

/// The verbs of a company still weighing a plan, read at the end of a [`TOLD`] match, and
/// "will be", which tells of a state ("will be fully operational") rather than a deed.
static WEIGHED: LazyLock<Regex> = LazyLock::new(|| {
    spaced(r" (?:continue|evaluate|consider|review|monitor|assess|decide|need|likely|be)$")
});

/// Being somewhere, or a judgement, told with a future verb: "Macron will host it", "the CEO
/// will visit", "the investment will serve as a catalyst".
static PRESENCE: LazyLock<Regex> = LazyLock::new(|| {
    spaced(r" (?:host|visit|attend|travel|meet|speak|address|chair|welcome|tour|serve)$")
});

/// Whether a sentence is beside the pledge though it has a cue: a leader's appreciation of a
/// decision with no figure ("Nghi highly valued Lego Group's decision"), a judgement of what an investment
/// will do for a country with no figure ("Anwar said Google's investment will support the
/// government's agenda"), thanks for a pledge and disappointment at its fate.
fn aside(sentence: &str) -> bool {
    static APPRECIATION: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r"^(?:For (?:his|her|their|its) part, )?(?:[A-Z][\w’'.-]* ){1,4}(?:(?:highly|warmly|greatly) )?(?:valued|appreciated|welcomed|praised|hailed|lauded|applauded|commended)\b",
        )
    });
    static JUDGEMENT: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r"\b(?:investments?|projects?|plants?|facilit(?:y|ies)) (?:will|would) (?:support|help|boost|benefit|strengthen|bolster|accelerate|spur|drive|enhance) (?:the |our |its )?(?:government|country|nation|economy|agenda)",
        )
    });
    // "We appreciate your commitment to our country": thanks for a pledge, not a pledge.
    static THANKS: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r"(?i)\b(?:appreciate|thank|commend|salute)[sd]? (?:you for )?(?:your|their|its|the|this) (?:[a-z]+ )?(?:commitment|pledge|investment|decision|confidence)",
        )
    });
    // "The facility will produce modular data centers", "Ideally situated for export, this
    // facility will produce fuel cells", "PGI’s new plant in San Luis Potosí will manufacture
    // aluminum injection products": what a plant makes, with no figure.
    static PRODUCES: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r"^\W*(?:[A-Z][^.,;]{0,120}, )?(?:The|This|Its|the|this|its|[A-Z][\w&.-]*[’']s) (?:new |state-of-the-art |modern )?(?:facility|plant|factory|site|unit|subsidiary)(?: in (?:[A-Z][\w-]*\s?){1,3})? will (?:produce|manufacture|make|feature)\b",
        )
    });
    // "The Waitaki District Council said it is very disappointed that plans ... are on hold",
    // "expressed disappointment at the decision": a reaction to the news, not the news.
    static DISMAY: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r"(?i)\b(?:expressed (?:[a-z]+ )?disappointment|disappointed (?:with|at|by|that)|disappointing that)\b",
        )
    });
    // "I want to congratulate GE for making the right decision by investing in Nigeria":
    // congratulations or thanks for a decision, with no money or jobs in them.
    static CONGRATULATED: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r"(?i)\b(?:congratulat(?:e|es|ed|ing)|thank(?:s|ed)?) (?:the company|the firm|them|you|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2}) for\b",
        )
    });
    static PAID: LazyLock<Regex> = LazyLock::new(|| {
        spaced(r"(?i)[$€£¥₹₦]|\b(?:thousand|million|billion|crore|lakh|jobs|workers|employees)\b")
    });
    let congratulated = CONGRATULATED.is_match(sentence) && !PAID.is_match(sentence);
    // "GE's proposed investment in Nigeria was based on the country's positive macroeconomic
    // indicators": why a company chose a place.
    static REASONED: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r"\b(?:investments?|decisions?|choice)\b[^.\n]{0,60}? (?:was|is|were|are) based on\b",
        )
    });
    let reasoned = REASONED.is_match(sentence) && !PAID.is_match(sentence);
    // A number standing as a word, not a model's name ("the G5").
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| spaced(r"(?:^|[^A-Za-z0-9])\d"));
    let figure = sentence.contains(|c: char| c.is_ascii_digit());
    let judged = APPRECIATION.is_match(sentence) || JUDGEMENT.is_match(sentence);
    let produces = PRODUCES.is_match(sentence) && !NUMBER.is_match(sentence);
    let reaction = THANKS.is_match(sentence) || DISMAY.is_match(sentence);
    beside::general(sentence)
        || produces
        || congratulated
        || reasoned
        || (!figure && (judged || reaction))
}

/// Whether a sentence tells of a law passed, as background ("the US last year passed its
/// Inflation Reduction Act, which includes tax subsidies"): read only where no cue word
/// marked the sentence, so that a pledge made after a law passed keeps its cue.
fn law(sentence: &str) -> bool {
    static LAW: LazyLock<Regex> =
        LazyLock::new(|| spaced(r"\b(?:passed|enacted) (?:[^.\n]{0,60}? )?(?:[A-Z]\w+ )+Act\b"));
    LAW.is_match(sentence)
}

/// An official's demand of a company, no pledge of its own: "he tasked the company not to only
/// engage in sugar production but to also venture into cassava".
static DEMANDED: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"\b(?:tasked|urged|charged|enjoined|challenged) (?:the|its) (?:company|firm|investors?)\b",
    )
});

/// An item of a list that a pledge's sentence opens ("Nvidia has announced:" then "- a $500
/// billion AI infrastructure in the U.S."): each item tells a part of the pledge. The cue names
/// the words of the opening line that mark it.
fn listed(text: &str, start: usize, end: usize) -> Option<String> {
    let item = |line: &str| line.trim_start().starts_with(super::BULLETS);
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    if !item(&text[line_start..end]) {
        return None;
    }
    let mut lines = text[..line_start].lines().rev().filter(|l| !l.trim().is_empty());
    let lead = lines.find(|l| !item(l))?.trim_end();
    if !lead.ends_with(':') {
        return None;
    }
    let m = PLEDGE.find(lead).or_else(|| DEAL.find(lead))?;
    Some(format!("an item of the list after `{}`", m.as_str()))
}

/// A pledge told without a cue word: a company (or a person) the subject of a future verb
/// ("Under AMP, Apple will work with ten partners"), "it" the subject of one beside an amount,
/// a grant with its amount, or a company named before an amount of money invested or of jobs
/// ("Chung said the $21 billion investment is Hyundai’s largest").
pub(super) fn uncued(
    text: &str,
    start: usize,
    end: usize,
    candidates: &[Candidate],
) -> Option<Sentence> {
    static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r"^(?:[’']s)?(?: [a-z][a-z-]*| in [A-Z][a-zA-Z]*(?: [A-Z][a-zA-Z]*)?){0,4} (?:will|shall|would have) [a-z]+\b",
        )
    });
    static INVESTED: LazyLock<Regex> = LazyLock::new(|| {
        spaced(r"(?i)\b(?:invest(?:s|ed|ing|ment|ments)?|jobs|positions|hires?|hiring|workers)\b")
    });
    let sentence = &text[start..end];
    if praised(sentence) || aside(sentence) || law(sentence) || news::sized(sentence) {
        return None;
    }
    // A sector's, an economy's or a place's standing is no pledge, whatever it counts.
    if topic::standing(sentence) {
        return None;
    }
    if let Some(cue) = listed(text, start, end) {
        return Some(Sentence { start, end, cue, status: false });
    }
    let inside = |c: &&Candidate| start <= c.start && c.end <= end;
    let party = |c: &&Candidate| matches!(c.kind, Kind::Company | Kind::Person) && inside(c);
    // "it is my hope that Resource Fiber will grow": a wish for a company, not its pledge.
    let wished = |p: &Candidate| text[start..p.start].to_lowercase().contains("hope");
    let subject = candidates.iter().filter(party).filter(|p| !wished(p)).find_map(|p| {
        let after = &text[p.end..end];
        FUTURE
            .find(after)
            .filter(|m| !PRESENCE.is_match(m.as_str()))
            .map(|m| after[..m.end()].trim_start_matches(['’', '\'', 's']).trim())
    });
    // "The carmaker will partner with Envision": the company named by what it is; "The
    // Community Development Block Grant will help Sulligent renovate": a named grant; "The state
    // government will support the project": a government's part.
    static MAKER: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r"^(?:The|This) (?:(?:[a-z]+ )?(?:company|[a-z]*maker|manufacturer|firm|group|giant|plant|factory|facility|project|government)|(?:[A-Z][\w-]* ){1,4}(?:Grant|Fund|Loan)) will [a-z]+\b",
        )
    });
    let maker =
        || MAKER.find(sentence).filter(|m| !PRESENCE.is_match(m.as_str())).map(|m| m.as_str());
    if let Some(cue) = subject.or_else(maker) {
        let cue = cue.split_whitespace().collect::<Vec<_>>().join(" ");
        return Some(Sentence { start, end, cue, status: false });
    }
    // "It will generate about 250 million pesos", "He said: "This is a £1 billion birthday
    // present"", "Northam approved a $750,000 grant": a future or a worth told of the thing
    // just named, or a grant a government extends, with its amount.
    static PRONOUN: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r#"(?:^|: ["“]?)(?:(?:It|They|The (?:company|factory|plant|project|facility|site)) will [a-z]+|(?:This|That|It) (?:is|was|represents) an?)\b"#,
        )
    });
    // "The federal and Ontario governments each chipped in $295 million": money a government
    // puts in is its own pledge.
    static GRANT: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r"(?i)\b(?:grants?|incentives?|tax credits?|subsid(?:y|ies)|tax breaks?|aid|chip(?:s|ped)? in|contribut(?:e|es|ed|ing))\b",
        )
    });
    // "Together, these manufacturing investments total more than $18 billion", "this
    // initiative could represent approximately 10 thousand jobs": what a plan adds up to, or
    // what a company has invested so far ("the company has invested an additional $1.2
    // billion").
    static TOTAL: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r"(?i)\b(?:this|these|that|the) (?:[a-z]+ )?(?:initiatives?|investments?|projects?|plans?|expansions?|spending) (?:could |would |will |may |might )?(?:represents?|totals?|amounts? to)\b|\b(?:has|have|had) (?:also |already )?invested\b",
        )
    });
    if candidates.iter().filter(inside).any(|c| c.kind == Kind::Amount)
        && let Some(m) =
            PRONOUN.find(sentence).or_else(|| GRANT.find(sentence)).or_else(|| TOTAL.find(sentence))
    {
        let words = m.as_str().trim_start_matches([':', ' ', '"', '“']).split_whitespace();
        let cue = words.collect::<Vec<_>>().join(" ");
        return Some(Sentence { start, end, cue, status: false });
    }
    // The broad rule: in an article about a pledge, a sentence that holds an amount of money
    // or jobs and speaks of investing, jobs or the pledge's own nouns (plant, project, deal)
    // tells the pledge's size ("For every dollar the state invests, it is projected to receive
    // $1.65", "“One hundred and twenty new jobs is amazing,”"), and one that names several
    // companies beside their investments tells who pledges ("CEOs from Nvidia, Hyundai Motor
    // and Toyota Motor ... U.S. investments").
    // A fragment with no verb ("$20 billion investment.", "45,000 jobs in the U.S. Gulf Coast
    // region.") is a tweet's or a list's, a wage ("paying on average $100,000 per year") is
    // what a job pays, and a fund "previously announced" is recalled, not the pledge.
    if topic::upkeep(sentence) {
        return None;
    }
    let invested = INVESTED.find(sentence);
    // A company named before an amount of money invested or of jobs.
    let first = candidates.iter().find(party);
    let after_party = |c: &&Candidate| first.is_some_and(|p| c.start > p.start);
    let met = |c: &&Candidate| met(text, start, c);
    if let Some(amount) = candidates
        .iter()
        .filter(inside)
        .find(|c| c.kind == Kind::Amount && after_party(c) && invested.is_some() && !met(c))
    {
        let cue = text[amount.start..amount.end].to_owned();
        return Some(Sentence { start, end, cue, status: false });
    }
    let invested = invested.or_else(|| SUBJECT.find(sentence))?;
    let sized = sentence.split_whitespace().count() >= 6
        && VERB.is_match(sentence)
        && !sentence.to_lowercase().contains("previously announced");
    let wage = |c: &&Candidate| WAGE.is_match(&text[c.end..end]);
    // Money (its value ends in a currency code) or people at work, not customers or goods.
    let paid = |c: &&Candidate| {
        let unit = c.value.rsplit(' ').next().unwrap_or("");
        unit.chars().all(|ch| ch.is_ascii_uppercase()) || WORKERS.contains(&unit)
    };
    let amount = candidates
        .iter()
        .filter(inside)
        .find(|c| c.kind == Kind::Amount && !wage(c) && paid(c) && !met(c));
    if let Some(amount) = amount.filter(|_| sized) {
        let cue = text[amount.start..amount.end].to_owned();
        return Some(Sentence { start, end, cue, status: false });
    }
    let mut companies: Vec<&str> = candidates
        .iter()
        .filter(inside)
        .filter(|c| c.kind == Kind::Company)
        // "Granholm said Google's investment": a single word before "said" may be a speaker.
        .filter(|c| {
            !text[c.end..end].starts_with(" said") && !text[c.end..end].starts_with(" says")
        })
        .map(|c| c.value.as_str())
        .collect();
    companies.sort_unstable();
    companies.dedup();
    // "head of MENA Investments at PIF": a capitalized word inside a sentence names a unit.
    let opens = !sentence[..invested.start()].contains(char::is_alphabetic);
    let word = invested.as_str();
    let investing = word.starts_with("invest") || (opens && word.starts_with("Invest"));
    (companies.len() >= 2 && investing).then(|| Sentence {
        start,
        end,
        cue: invested.as_str().to_owned(),
        status: false,
    })
}
