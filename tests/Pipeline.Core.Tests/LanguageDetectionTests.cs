using Pipeline.Core.Text;

namespace Pipeline.Core.Tests;

public sealed class LanguageDetectionTests
{
    [Theory]
    [InlineData("en", "The mayor said on Friday that the city would not cooperate with the raids, and that the police had not been told about them.")]
    [InlineData("de", "Der Bürgermeister sagte am Freitag, dass die Stadt nicht mit den Behörden zusammenarbeiten werde und die Polizei nichts davon gewusst habe.")]
    [InlineData("fr", "Le maire a déclaré vendredi que la ville ne coopérerait pas avec les autorités et que la police n'en avait pas été informée.")]
    [InlineData("es", "El alcalde dijo el viernes que la ciudad no cooperaría con las redadas y que la policía no había sido informada de ellas.")]
    [InlineData("it", "Il sindaco ha detto venerdì che la città non collaborerà con le autorità e che la polizia non era stata informata delle operazioni.")]
    [InlineData("nl", "De burgemeester zei vrijdag dat de stad niet zal meewerken aan de invallen en dat de politie er niet over was ingelicht.")]
    [InlineData("pt", "O prefeito disse na sexta-feira que a cidade não vai cooperar com as operações e que a polícia não tinha sido informada sobre elas.")]
    [InlineData("pl", "Burmistrz powiedział w piątek, że miasto nie będzie współpracować przy nalotach, a policja nie została o nich poinformowana.")]
    [InlineData("sv", "Borgmästaren sade på fredagen att staden inte kommer att samarbeta med razziorna och att polisen inte hade informerats om dem.")]
    [InlineData("da", "Borgmesteren sagde fredag, at byen ikke vil samarbejde om razziaerne, og at politiet ikke havde fået noget at vide om dem.")]
    [InlineData("no", "Ordføreren sa fredag at byen ikke vil samarbeide om razziaene, og at politiet ikke hadde fått vite noe om dem på forhånd.")]
    [InlineData("fi", "Pormestari sanoi perjantaina, että kaupunki ei tee yhteistyötä ratsioissa ja että poliisille ei ollut kerrottu niistä mitään.")]
    [InlineData("tr", "Belediye başkanı cuma günü yaptığı açıklamada, şehrin baskınlarda işbirliği yapmayacağını ve polisin bu konuda bilgilendirilmediğini söyledi.")]
    [InlineData("ro", "Primarul a declarat vineri că orașul nu va coopera cu autoritățile și că poliția nu a fost informată despre aceste operațiuni.")]
    [InlineData("cs", "Starosta v pátek řekl, že město nebude s úřady spolupracovat a že policie o zásazích nebyla vůbec informována.")]
    [InlineData("hu", "A polgármester pénteken azt mondta, hogy a város nem fog együttműködni a hatóságokkal, és a rendőrséget nem tájékoztatták.")]
    [InlineData("ru", "Мэр заявил в пятницу, что город не будет сотрудничать с властями, а полиция не была об этом проинформирована.")]
    [InlineData("uk", "Мер заявив у п'ятницю, що місто не співпрацюватиме з владою, а поліцію про це не поінформували.")]
    [InlineData("bg", "Кметът заяви в петък, че градът няма да сътрудничи на властите и че полицията не е била информирана за това.")]
    [InlineData("el", "Ο δήμαρχος δήλωσε την Παρασκευή ότι η πόλη δεν θα συνεργαστεί με τις αρχές και ότι η αστυνομία δεν είχε ενημερωθεί.")]
    [InlineData("ar", "قال رئيس البلدية يوم الجمعة إن المدينة لن تتعاون مع السلطات وإن الشرطة لم تكن على علم بذلك.")]
    [InlineData("fa", "شهردار روز جمعه گفت که شهر با مقامات همکاری نخواهد کرد و پلیس از این موضوع آگاه نبود.")]
    [InlineData("he", "ראש העיר אמר ביום שישי כי העיר לא תשתף פעולה עם הרשויות וכי המשטרה לא עודכנה על כך.")]
    [InlineData("zh", "市长周五表示，该市不会与当局合作，警方事先也没有得到任何通知。")]
    [InlineData("ja", "市長は金曜日、市は当局に協力しないと述べ、警察には事前に何も知らされていなかったと語った。")]
    [InlineData("ko", "시장은 금요일 시가 당국에 협조하지 않을 것이며 경찰은 사전에 아무런 통보를 받지 못했다고 말했다.")]
    [InlineData("th", "นายกเทศมนตรีกล่าวเมื่อวันศุกร์ว่าเมืองจะไม่ให้ความร่วมมือกับเจ้าหน้าที่")]
    [InlineData("hi", "महापौर ने शुक्रवार को कहा कि शहर अधिकारियों के साथ सहयोग नहीं करेगा।")]
    public void Short_news_paragraphs_are_recognized(string expected, string text)
    {
        Assert.Equal(expected, LanguageDetector.Detect(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Hello")]
    [InlineData("12:30 -- 2018")]
    [InlineData("Donald Trump, Kevin McAleenan")]
    public void Too_little_text_is_not_guessed(string text)
    {
        Assert.Null(LanguageDetector.Detect(text));
    }

    [Theory]
    [InlineData(Seeds.Ptb)]
    [InlineData(Seeds.Scraped)]
    [InlineData(Seeds.Prose)]
    public void Seed_bodies_are_english(string seed)
    {
        var document = new ArticleAnalyzer().Analyze(Seeds.Text(seed)).Document;
        Assert.Equal("en", document.Language);
    }

    [Fact]
    public void Only_the_head_of_a_huge_text_is_read()
    {
        var text = string.Concat(Enumerable.Repeat("Der Bürgermeister sagte, dass die Stadt nicht mitmacht. ", 2000))
            + string.Concat(Enumerable.Repeat("The mayor said that the city would not take part in it. ", 4000));

        Assert.True(text.Length > 2 * LanguageDetector.MaxScannedChars);
        Assert.Equal("de", LanguageDetector.Detect(text));
    }
}
