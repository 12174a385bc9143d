namespace Pipeline.LoadTests.Corpus;

/// <summary>
/// The sentence and headline templates. Slots: <c>{P}</c>/<c>{P2}</c> people, <c>{O}</c>/<c>{O2}</c> organizations,
/// <c>{L}</c>/<c>{L2}</c> places, <c>{M}</c> money, <c>{PCT}</c> a percentage, <c>{N}</c> a count, <c>{SMALL}</c> a small
/// number, <c>{YEAR}</c>, <c>{DAY}</c> a weekday, <c>{MONTH}</c>, <c>{DATE}</c> a month and day, <c>{TOPIC}</c>, <c>{OUTLET}</c>.
/// </summary>
internal static class Templates
{
    public static readonly string[] Titles =
    [
        "{O} to cut {N} jobs as demand slows in {L}",
        "{P} vows to fight ruling over {TOPIC}",
        "{L} approves {M} plan for {TOPIC}",
        "Inflation in {L} slows to {PCT} as prices ease",
        "{O} and {O2} reach deal after months of talks",
        "Storm leaves thousands without power in {L}",
        "{P} meets {P2} amid tension over {TOPIC}",
        "{O} reports {M} loss for the quarter",
        "Protests spread in {L} over {TOPIC}",
        "{P} named to lead {O}",
        "Investigators in {L} examine cause of rail crash",
        "Unemployment in {L} rises to {PCT}",
        "{O} faces inquiry over {TOPIC}",
        "Voters in {L} reject {TOPIC}",
        "{P} warns of delays to {TOPIC}",
        "{O} shares jump {PCT} after strong results",
    ];

    public static readonly string[] Sentences =
    [
        "{P} said {O} would spend {M} on new projects in {L} over the next {SMALL} years.",
        "\"We are not going to back down,\" {P} told reporters in {L} on {DAY}.",
        "The proposal, backed by {O}, would raise spending on {TOPIC} by {PCT} compared with last year.",
        "Officials in {L} said {TOPIC} could cost as much as {M}.",
        "{P}, who leads {O}, said the talks had been \"difficult but productive.\"",
        "According to {O}, unemployment in {L} rose to {PCT} in {MONTH}.",
        "Shares in {O} fell {PCT} in early trading after the announcement.",
        "Critics, including {P}, argued that the measure would hurt small businesses in {L}.",
        "The agreement was signed in {L} on {DATE} by representatives of {O} and {O2}.",
        "{P} is expected to meet {P2} in {L} later this week.",
        "More than {N} people attended the rally in {L}, police said.",
        "A spokesperson for {O} declined to comment on the report.",
        "{P} said the figures showed that inflation had slowed to {PCT}.",
        "The company, based in {L}, reported revenue of {M} for the quarter.",
        "\"This is a turning point for {L},\" said {P}, a senior adviser at {O}.",
        "Investigators from {O} arrived in {L} on {DAY} to examine the site.",
        "Last year, {O} paid {M} to settle a similar dispute.",
        "{P} and {P2} have clashed repeatedly over {TOPIC}.",
        "The storm left about {N} homes without power across {L}, according to {O}.",
        "Analysts at {O} expect growth of {PCT} next year.",
        "In a statement, {O} said it would review the decision.",
        "Voters in {L} will decide on {TOPIC} in {MONTH}.",
        "{P} first proposed the idea during a visit to {L} in {MONTH}.",
        "The deal values the business at roughly {M}, {P} said.",
        "Prices in {L} have climbed {PCT} since {MONTH}, the data showed.",
        "{O} said it had hired {N} new staff since the start of the year.",
        "\"Nobody expected it to happen this quickly,\" {P} said.",
        "The vote was close, with several members of {O} abstaining.",
        "{P} told {OUTLET} that {TOPIC} was \"still on the table.\"",
        "Schools in {L} will remain closed until {DAY}, officials said.",
        "Exports to {L} fell by {PCT} in {MONTH}, the ministry said.",
        "{P} has served on the board of {O} since {YEAR}.",
        "Residents of {L} said they had waited years for {TOPIC}.",
        "Funding of {M} was approved by {O} on {DAY}.",
        "{P} did not respond to a request for comment.",
        "Talks between {O} and {O2} are set to resume in {L} next week.",
        "A report by {O} found that {PCT} of households in {L} struggle to pay their bills.",
        "Emergency crews from {L} and {L2} worked through the night.",
        "{P} called the decision \"a serious mistake\" and vowed to appeal.",
        "Shares of {O} have risen {PCT} this year.",
        "The plan would create about {N} jobs in {L}, {P} said.",
        "{P} said on {DAY} that {O} had not been consulted.",
    ];
}
