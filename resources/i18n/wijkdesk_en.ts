<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
<context>
    <name>AppContext</name>
    <message>
        <source>een andere WijkDesk werkt erin</source>
        <translation>another WijkDesk is working in it</translation>
    </message>
    <message>
        <source>WijkDesk mag niet schrijven in de map of het bestand</source>
        <translation>WijkDesk may not write in the folder or the file</translation>
    </message>
    <message>
        <source>Sluit de andere WijkDesk en open de database opnieuw om te wijzigen.</source>
        <translation>Close the other WijkDesk and open the database again to make changes.</translation>
    </message>
    <message>
        <source>Kopieer de database naar een map waarin u mag schrijven en open hem daar om te wijzigen.</source>
        <translation>Copy the database to a folder you may write in and open it there to make changes.</translation>
    </message>
    <message>
        <source>De database is alleen-lezen geopend ({reason}): er kan niets worden {what}. {advice}</source>
        <translation>The database is open read-only ({reason}): nothing can be {what}. {advice}</translation>
    </message>
    <message>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>alle wijken</source>
        <translation>all wijken</translation>
    </message>
    <message>
        <source>Budgetregels voor {0}</source>
        <translation>Budget rules for {0}</translation>
    </message>
</context>
<context>
    <name>AutoSave</name>
    <message>
        <source>Niet opgeslagen (de oude waarde is gebleven): {0}.</source>
        <translation>Not saved (the old value was kept): {0}.</translation>
    </message>
</context>
<context>
    <name>BallotEntry</name>
    <message>
        <source>bijv. 3 5 12</source>
        <translation>e.g. 3 5 12</translation>
    </message>
    <message>
        <source>Een opgeslagen stembiljet maakt u niet ongedaan met Ctrl+Z: kies het in de lijst hieronder en kies Verbeteren… of Laten vervallen…; het eerste blijft bewaard.</source>
        <translation>Ctrl+Z does not undo a saved ballot: choose it in the list below and choose Correct… or Withdraw…; the first entry is kept.</translation>
    </message>
    <message>
        <source>Typ de nummers met spaties ertussen en druk op Enter. Bij punten: typ een nummer twee keer voor twee punten, of 3:2. Een leeg biljet is blanco.</source>
        <translation>Type the numbers separated by spaces and press Enter. With points: type a number twice for two points, or 3:2. An empty ballot is blank.</translation>
    </message>
    <message>
        <source>Biljet</source>
        <translation>Ballot</translation>
    </message>
    <message>
        <source>Keuzes</source>
        <translation>Choices</translation>
    </message>
    <message>
        <source>Geldig</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Opmerking</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Verbeteren…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Laten vervallen…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>Nummers: </source>
        <translation>Numbers: </translation>
    </message>
    <message>
        <source>blanco</source>
        <translation>blank</translation>
    </message>
    <message>
        <source>vervallen</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>verbeterd: {0}</source>
        <translation>corrected: {0}</translation>
    </message>
    <message>
        <source>ongeldig</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>eerste invoer</source>
        <translation>first entry</translation>
    </message>
    <message>
        <source>tweede invoer</source>
        <translation>second entry</translation>
    </message>
    <message>
        <source>Verbetering van stembiljet {0}:</source>
        <translation>Correction of ballot {0}:</translation>
    </message>
    <message>
        <source>Stembiljet {0} ({1}):</source>
        <translation>Ballot {0} ({1}):</translation>
    </message>
    <message>
        <source>Kies eerst het stembiljet dat verbeterd moet worden.</source>
        <translation>First choose the ballot to correct.</translation>
    </message>
    <message>
        <source>Typ hoe het biljet werkelijk luidt en druk op Enter; Esc breekt af.</source>
        <translation>Type what the ballot really says and press Enter; Esc cancels.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: kies eerst links een stemronde.</source>
        <translation>Not saved: first choose a voting round on the left.</translation>
    </message>
    <message>
        <source>Ongeldig: {0}  Enter = bewaren als ongeldig stembiljet, Esc = opnieuw typen.</source>
        <translation>Invalid: {0}  Enter = keep as an invalid ballot, Esc = type again.</translation>
    </message>
    <message>
        <source>Waarom wordt stembiljet {0} verbeterd?</source>
        <translation>Why is ballot {0} corrected?</translation>
    </message>
    <message>
        <source>Verbetering</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Stembiljet {0} opgeslagen.</source>
        <translation>Ballot {0} saved.</translation>
    </message>
    <message>
        <source>Stembiljet {0} bewaard als ongeldig: {1}</source>
        <translation>Ballot {0} kept as invalid: {1}</translation>
    </message>
    <message>
        <source>Kies eerst het stembiljet dat moet vervallen.</source>
        <translation>First choose the ballot to withdraw.</translation>
    </message>
    <message>
        <source>Stembiljet {0} laten vervallen (bijvoorbeeld: twee keer ingevoerd). Waarom?</source>
        <translation>Withdraw ballot {0} (for example: entered twice). Why?</translation>
    </message>
    <message>
        <source>Laten vervallen</source>
        <translation>Withdraw</translation>
    </message>
</context>
<context>
    <name>BeamerWindow</name>
    <message>
        <source>WijkDesk – beamer</source>
        <translation>WijkDesk – projector</translation>
    </message>
    <message>
        <source>De uitslag volgt zodra de tweede invoer klopt.</source>
        <translation>The outcome follows once the second entry agrees.</translation>
    </message>
    <message>
        <source>Geen uitslag: zie de laptop.</source>
        <translation>No outcome: see the laptop.</translation>
    </message>
    <message>
        <source>Uitslag: {0} gekozen, {1} over</source>
        <translation>Outcome: {0} chosen, {1} left</translation>
    </message>
    <message>
        <source>Uitslag: {0} gekozen, {1} te veel</source>
        <translation>Outcome: {0} chosen, {1} too much</translation>
    </message>
    <message>
        <source>{0} stembiljetten geteld</source>
        <translation>{0} ballots counted</translation>
    </message>
    <message>
        <source> ({0} ongeldig)</source>
        <translation> ({0} invalid)</translation>
    </message>
    <message>
        <source>{0} stemmen geteld</source>
        <translation>{0} votes counted</translation>
    </message>
    <message>
        <source>Budget {0}</source>
        <translation>Budget {0}</translation>
    </message>
    <message>
        <source>Volgende (spatie): nog {0} ideeën</source>
        <translation>Next (space): {0} more ideas</translation>
    </message>
    <message>
        <source>Pagina {0} van {1}</source>
        <translation>Page {0} of {1}</translation>
    </message>
    <message>
        <source>en nog {0} ideeën met minder stemmen</source>
        <translation>and {0} more ideas with fewer votes</translation>
    </message>
    <message>
        <source>{0} te verdelen</source>
        <translation>{0} to divide</translation>
    </message>
    <message>
        <source>{0} over</source>
        <translation>{0} left</translation>
    </message>
    <message>
        <source>{0} te veel</source>
        <translation>{0} too much</translation>
    </message>
</context>
<context>
    <name>BesluitDialog</name>
    <message>
        <source>Besluit vervangen</source>
        <translation>Replace decision</translation>
    </message>
    <message>
        <source>Het oude besluit blijft op de lijst, als &apos;vervangen&apos;, met de reden:&lt;br&gt;&lt;i&gt;{0}&lt;/i&gt;</source>
        <translation>The old decision stays on the list, as &apos;replaced&apos;, with the reason:&lt;br&gt;&lt;i&gt;{0}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Besluit toevoegen</source>
        <translation>Add decision</translation>
    </message>
    <message>
        <source>Een besluit wordt niet meer bewerkt: later kan het alleen worden ingetrokken of vervangen, met een reden.</source>
        <translation>A decision is not edited afterwards: later it can only be withdrawn or replaced, with a reason.</translation>
    </message>
    <message>
        <source>Schrijf op waarom het oude besluit wordt vervangen.</source>
        <translation>Write down why the old decision is replaced.</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Besloten door</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>bijvoorbeeld: de bewonersavond</source>
        <translation>for example: the residents&apos; evening</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Bedrag (als het over geld gaat)</source>
        <translation>Amount (when it is about money)</translation>
    </message>
    <message>
        <source>bijvoorbeeld 1.250,00</source>
        <translation>for example 1.250,00</translation>
    </message>
    <message>
        <source>Waarom vervangen</source>
        <translation>Why replaced</translation>
    </message>
</context>
<context>
    <name>BewaartermijnDialog</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Groepen</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Verlopen op</source>
        <translation>Expired on</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>(geen groep)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>Toestemming van {0} vernieuwd</source>
        <translation>Consent of {0} renewed</translation>
    </message>
    <message>
        <source>Bewaartermijn verlopen</source>
        <translation>Retention period expired</translation>
    </message>
    <message>
        <source>Bewaar persoonsgegevens niet langer dan nodig (AVG). Van deze personen is de bewaartermijn verlopen: vraag opnieuw toestemming en leg die vast, of wis hun gegevens.</source>
        <translation>Keep personal data no longer than needed (GDPR). The retention period of these persons has expired: ask for consent again and record it, or erase their data.</translation>
    </message>
    <message>
        <source>Toestemming geldt</source>
        <translation>Consent is valid for</translation>
    </message>
    <message>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Bewaren na vertrek uit de laatste groep</source>
        <translation>Keep after leaving the last group</translation>
    </message>
    <message>
        <source>Van niemand is de bewaartermijn verlopen.</source>
        <translation>Nobody&apos;s retention period has expired.</translation>
    </message>
    <message>
        <source>Toestemming &amp;vernieuwd</source>
        <translation>Consent &amp;renewed</translation>
    </message>
    <message>
        <source>De persoon gaf vandaag opnieuw toestemming: de datum wordt vandaag.</source>
        <translation>The person gave consent again today: the date becomes today.</translation>
    </message>
    <message>
        <source>&amp;Wissen…</source>
        <translation>&amp;Erase…</translation>
    </message>
</context>
<context>
    <name>BijeenkomstDetail</name>
    <message>
        <source>Kies een bijeenkomst in de lijst, of maak een nieuwe (Ctrl+N).</source>
        <translation>Choose a meeting in the list, or make a new one (Ctrl+N).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nu bezig&lt;/b&gt;: nieuwe ideeën (snel invoeren) en een nieuwe stemronde horen vanzelf bij deze bijeenkomst.</source>
        <translation>&lt;b&gt;Happening now&lt;/b&gt;: new ideas (quick entry) and a new voting round belong to this meeting by themselves.</translation>
    </message>
    <message>
        <source>Niet meer bezig</source>
        <translation>No longer happening</translation>
    </message>
    <message>
        <source>Zet op &apos;nu bezig&apos; tijdens de bijeenkomst: dan horen nieuwe ideeën en een nieuwe stemronde er vanzelf bij.</source>
        <translation>Mark as &apos;happening now&apos; during the meeting: new ideas and a new voting round then belong to it by themselves.</translation>
    </message>
    <message>
        <source>Nu bezig</source>
        <translation>Happening now</translation>
    </message>
    <message>
        <source>Ideeën ingebracht: {0}{1}</source>
        <translation>Ideas brought in: {0}{1}</translation>
    </message>
    <message>
        <source>Stemrondes: {0}</source>
        <translation>Voting rounds: {0}</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Reden: {0}</source>
        <translation>Reason: {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Bijeenkomst &apos;{0}&apos; wijzigen</source>
        <translation>Change meeting &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Bijeenkomst</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>19:30</source>
        <translation>19:30</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Aantal aanwezigen</source>
        <translation>Number present</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Besluiten</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Besloten door</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Besluit toevoegen…</source>
        <translation>Add decision…</translation>
    </message>
    <message>
        <source>Intrekken…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>Vervangen…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <source>Besluitenlijst (pdf)…</source>
        <translation>List of decisions (PDF)…</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>BijeenkomstenModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Ideeën</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Besluiten</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>{0} (nu bezig)</source>
        <translation>{0} (happening now)</translation>
    </message>
</context>
<context>
    <name>BijeenkomstenTab</name>
    <message>
        <source>Bijeenkomsten</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>bijeenkomst</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>bijeenkomsten</source>
        <translation>meetings</translation>
    </message>
    <message>
        <source>Kies eerst een wijk (of maak er een via Bestand &gt; Wijken beheren).</source>
        <translation>Choose a neighbourhood first (or make one via File &gt; Manage neighbourhoods).</translation>
    </message>
    <message>
        <source>Bijeenkomst toevoegen</source>
        <translation>Add meeting</translation>
    </message>
    <message>
        <source>Bijeenkomst verwijderen</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>De bijeenkomst &apos;{0}&apos; van {1} verwijderen? Dit kan ongedaan worden gemaakt met Ctrl+Z.</source>
        <translation>Delete the meeting &apos;{0}&apos; of {1}? This can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Bijeenkomst &apos;{0}&apos; verwijderen</source>
        <translation>Delete meeting &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Niet verwijderd</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; nu bezig</source>
        <translation>&apos;{0}&apos; happening now</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; niet meer bezig</source>
        <translation>&apos;{0}&apos; no longer happening</translation>
    </message>
    <message>
        <source>Besluit toevoegen</source>
        <translation>Add decision</translation>
    </message>
    <message>
        <source>Besluit intrekken: &lt;i&gt;{0}&lt;/i&gt;&lt;br&gt;Het blijft op de lijst, als &apos;ingetrokken&apos;.</source>
        <translation>Withdraw decision: &lt;i&gt;{0}&lt;/i&gt;&lt;br&gt;It stays on the list, as &apos;withdrawn&apos;.</translation>
    </message>
    <message>
        <source>Besluit intrekken</source>
        <translation>Withdraw decision</translation>
    </message>
    <message>
        <source>Besluit vervangen</source>
        <translation>Replace decision</translation>
    </message>
</context>
<context>
    <name>BijlagenDialog</name>
    <message>
        <source>de uitgave</source>
        <translation>the expense</translation>
    </message>
    <message>
        <source>het doel</source>
        <translation>the goal</translation>
    </message>
    <message>
        <source>de voortgangsmelding</source>
        <translation>the progress entry</translation>
    </message>
    <message>
        <source>de toekenning</source>
        <translation>the grant</translation>
    </message>
    <message>
        <source>Bijlagen bij {0}</source>
        <translation>Attachments of {0}</translation>
    </message>
    <message>
        <source>Bonnen, foto&apos;s en documenten bij {0} &apos;{1}&apos;. Ze worden naast de database bewaard en gaan mee in elke reservekopie.</source>
        <translation>Receipts, photos and documents of {0} &apos;{1}&apos;. They are kept beside the database and go along in every backup.</translation>
    </message>
    <message>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Toevoegen…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>BijlagenPanel</name>
    <message>
        <source> — bestand ontbreekt</source>
        <translation> — file missing</translation>
    </message>
    <message>
        <source>Bijlagen kiezen</source>
        <translation>Choose attachments</translation>
    </message>
    <message>
        <source>Bonnen, foto&apos;s en documenten (*.pdf *.jpg *.jpeg *.png *.heic *.doc *.docx *.odt *.xlsx *.txt);;Alle bestanden (*)</source>
        <translation>Receipts, photos and documents (*.pdf *.jpg *.jpeg *.png *.heic *.doc *.docx *.odt *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Bijlage &apos;{0}&apos; bij &apos;{1}&apos;</source>
        <translation>Attachment &apos;{0}&apos; to &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>{0} bijlagen bij &apos;{1}&apos;</source>
        <translation>{0} attachments to &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Bijlage verwijderen</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>De bijlage &apos;{0}&apos; verwijderen? Dit kan ongedaan worden gemaakt met Ctrl+Z.</source>
        <translation>Remove the attachment &apos;{0}&apos;? This can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Bijlage &apos;{0}&apos; verwijderen</source>
        <translation>Remove attachment &apos;{0}&apos;</translation>
    </message>
</context>
<context>
    <name>BudgetBar</name>
    <message>
        <source>Uitgegeven {0}, toegekend {1} van {2}</source>
        <translation>Spent {0}, committed {1} of {2}</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>Meedoenbudget van {0} in {1}</source>
        <translation>Meedoenbudget of {0} in {1}</translation>
    </message>
    <message>
        <source>Meedoenbudget {0} instellen</source>
        <translation>Set Meedoenbudget {0}</translation>
    </message>
    <message>
        <source>Meedoenbudget</source>
        <translation>Meedoenbudget</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>bijv. 1.250,00</source>
        <translation>e.g. 1.250,00</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>BudgetSummary</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget instellen…</source>
        <translation>Set budget…</translation>
    </message>
    <message>
        <source>Jaar afsluiten…</source>
        <translation>Close year…</translation>
    </message>
    <message>
        <source>Sluit het jaar van deze wijk af: het resterende geld gaat naar het volgende jaar, open ideeën en doelen ook</source>
        <translation>Close this neighbourhood&apos;s year: the money left goes to the next year, and so do open ideas and goals</translation>
    </message>
    <message>
        <source>Meedoenbudget</source>
        <translation>Meedoenbudget</translation>
    </message>
    <message>
        <source>Toegekend</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Uitgegeven</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Resterend</source>
        <translation>Remaining</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>Toekenningen</source>
        <translation>Grants</translation>
    </message>
    <message>
        <source>Nieuwe toekenning…</source>
        <translation>New grant…</translation>
    </message>
    <message>
        <source>Wijzigen…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Status…</source>
        <translation>Status…</translation>
    </message>
    <message>
        <source>Aanvraag afdrukken…</source>
        <translation>Print request…</translation>
    </message>
    <message>
        <source>Verantwoording…</source>
        <translation>Accounting…</translation>
    </message>
    <message>
        <source>Checklist, verslag, geld en bijlagen van de toekenning</source>
        <translation>Checklist, report, money and attachments of the grant</translation>
    </message>
    <message>
        <source>Alleen te laat</source>
        <translation>Only overdue</translation>
    </message>
    <message>
        <source>Zoeken in uitgaven (Ctrl+F)…</source>
        <translation>Search expenses (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Uitgaven</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <source>Nieuwe uitgave…</source>
        <translation>New expense…</translation>
    </message>
    <message>
        <source>Markeer betaald</source>
        <translation>Mark paid</translation>
    </message>
    <message>
        <source>Bonnetje…</source>
        <translation>Receipt…</translation>
    </message>
    <message>
        <source>Bijlagen…</source>
        <translation>Attachments…</translation>
    </message>
    <message>
        <source>Meer bonnen, foto&apos;s of documenten bij de uitgave</source>
        <translation>More receipts, photos or documents for the expense</translation>
    </message>
    <message>
        <source>({0} te laat in {1})</source>
        <translation>({0} overdue in {1})</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>Geen wijk gekozen</source>
        <translation>No neighbourhood chosen</translation>
    </message>
    <message>
        <source>Heropenen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Jaar afsluiten…</source>
        <translation>Close year…</translation>
    </message>
    <message>
        <source>Er is nog geen Meedoenbudget voor {0} in {1}. Klik op &apos;Budget instellen…&apos;.</source>
        <translation>There is no Meedoenbudget for {0} in {1} yet. Click &apos;Set budget…&apos;.</translation>
    </message>
    <message>
        <source>Het budget is overschreden met {0}.</source>
        <translation>The budget is exceeded by {0}.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c26a00&apos;&gt;&amp;#9632;&lt;/span&gt; uitgegeven {1} &amp;nbsp; &lt;span style=&apos;color:#6fa8dc&apos;&gt;&amp;#9632;&lt;/span&gt; vastgelegd (toekenningen, wat daarboven is uitgegeven, en losse uitgaven) {0} &amp;nbsp; &lt;span style=&apos;color:#9cc9a4&apos;&gt;&amp;#9632;&lt;/span&gt; resterend</source>
        <translation>&lt;span style=&apos;color:#c26a00&apos;&gt;&amp;#9632;&lt;/span&gt; spent {1} &amp;nbsp; &lt;span style=&apos;color:#6fa8dc&apos;&gt;&amp;#9632;&lt;/span&gt; committed (grants, what was spent beyond them, and loose expenses) {0} &amp;nbsp; &lt;span style=&apos;color:#9cc9a4&apos;&gt;&amp;#9632;&lt;/span&gt; remaining</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} is afgesloten&lt;/b&gt; op {1}: de cijfers veranderen alleen met een reden.</source>
        <translation>&lt;b&gt;{0} is closed&lt;/b&gt; since {1}: its figures change only with a reason.</translation>
    </message>
    <message>
        <source>{0} is heropend op {1}: {2}</source>
        <translation>{0} was reopened on {1}: {2}</translation>
    </message>
    <message>
        <source>Overgeheveld uit {0}: &lt;b&gt;{1}&lt;/b&gt; ({2})</source>
        <translation>Carried over from {0}: &lt;b&gt;{1}&lt;/b&gt; ({2})</translation>
    </message>
    <message>
        <source>Overgeheveld naar {0}: &lt;b&gt;{1}&lt;/b&gt; ({2})</source>
        <translation>Carried over to {0}: &lt;b&gt;{1}&lt;/b&gt; ({2})</translation>
    </message>
    <message>
        <source>Beschikbaar dit jaar: {0} (budget {1} + uit een vorig jaar {2} − naar een volgend jaar {3})</source>
        <translation>Available this year: {0} (budget {1} + from an earlier year {2} − to a later year {3})</translation>
    </message>
    <message>
        <source>De toekenning &apos;{0}&apos;</source>
        <translation>The grant &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Toekenning &apos;{0}&apos; verwijderen</source>
        <translation>Delete grant &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>De uitgave &apos;{0}&apos;</source>
        <translation>The expense &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Uitgave &apos;{0}&apos; verwijderen</source>
        <translation>Delete expense &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>{0} verwijderen? Dit kan ongedaan worden gemaakt met Ctrl+Z.</source>
        <translation>Delete {0}? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Niet verwijderd</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>Geen uitgaven met dit woord in deze wijk en dit jaar. Esc wist het zoekwoord.</source>
        <translation>No expenses with this word in this wijk and year. Esc clears the search.</translation>
    </message>
    <message>
        <source>Status van toekenning &apos;{0}&apos; naar &apos;{1}&apos;</source>
        <translation>Status of grant &apos;{0}&apos; to &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Status van uitgave &apos;{0}&apos; naar &apos;{1}&apos;</source>
        <translation>Status of expense &apos;{0}&apos; to &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Uitgave &apos;{0}&apos; betaald</source>
        <translation>Expense &apos;{0}&apos; paid</translation>
    </message>
    <message>
        <source>Bonnetje kiezen</source>
        <translation>Choose receipt</translation>
    </message>
    <message>
        <source>Bonnetjes (*.pdf *.jpg *.jpeg *.png);;Alle bestanden (*)</source>
        <translation>Receipts (*.pdf *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>Bonnetje bij &apos;{0}&apos;</source>
        <translation>Receipt for &apos;{0}&apos;</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Aan beide kanten gewijzigd</source>
        <translation>Changed on both sides</translation>
    </message>
    <message>
        <source>Deze gegevens zijn zowel in deze kopie als in de bestemming gewijzigd. Klik per regel op de waarde die moet blijven: &apos;mijn&apos; (deze kopie) of &apos;hun&apos; (de bestemming). Er wordt niets verzonden voordat elke regel een keuze heeft.</source>
        <translation>These data were changed both in this copy and in the destination. For each line, click the value that should stay: &apos;mine&apos; (this copy) or &apos;theirs&apos; (the destination). Nothing is sent before every line has a choice.</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Mijn (deze kopie)</source>
        <translation>Mine (this copy)</translation>
    </message>
    <message>
        <source>Hun (bestemming)</source>
        <translation>Theirs (destination)</translation>
    </message>
    <message>
        <source>Keuze</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Daar gewijzigd</source>
        <translation>Changed there</translation>
    </message>
    <message>
        <source>hele rij</source>
        <translation>whole row</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>Alles &amp;mijn</source>
        <translation>All &amp;mine</translation>
    </message>
    <message>
        <source>Alles &amp;hun</source>
        <translation>All &amp;theirs</translation>
    </message>
    <message>
        <source>&amp;Terugbrengen</source>
        <translation>&amp;Bring back</translation>
    </message>
</context>
<context>
    <name>DelayedProgress</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bezig met annuleren…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>DoelDetail</name>
    <message>
        <source>(geen groep)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>Kies een doel in de lijst, of maak een nieuw doel (Ctrl+N).</source>
        <translation>Choose a goal in the list, or make a new goal (Ctrl+N).</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Te laat: de deadline ({0}) is {1} dagen geleden verstreken.</source>
        <translation>Overdue: the deadline ({0}) passed {1} days ago.</translation>
    </message>
    <message>
        <source>Toegekend: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Granted: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Uitgegeven: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Spent: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%p % klaar</source>
        <translation>%p % done</translation>
    </message>
    <message>
        <source>Doel &apos;{0}&apos; wijzigen</source>
        <translation>Edit goal &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Status wijzigen…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Hoe weet u dat het gelukt is?</source>
        <translation>How will you know it worked?</translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>bijv. 3 bankjes, 40 deelnemers</source>
        <translation>e.g. 3 benches, 40 participants</translation>
    </message>
    <message>
        <source>Bereikt</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>bijv. 2 bankjes</source>
        <translation>e.g. 2 benches</translation>
    </message>
    <message>
        <source>Wat er van de streefwaarde is bereikt</source>
        <translation>What was reached of the target</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Verantwoordelijke</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Eigenaar (groep)</source>
        <translation>Owner (group)</translation>
    </message>
    <message>
        <source>Begroot</source>
        <translation>Budgeted</translation>
    </message>
    <message>
        <source>bijv. 1.250,00</source>
        <translation>e.g. 1.250,00</translation>
    </message>
    <message>
        <source>Geld</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Voortgang toevoegen…</source>
        <translation>Add progress…</translation>
    </message>
    <message>
        <source>Bijlagen bij de melding…</source>
        <translation>Attachments of the entry…</translation>
    </message>
    <message>
        <source>Foto&apos;s en documenten bij de gekozen voortgangsmelding</source>
        <translation>Photos and documents of the chosen progress entry</translation>
    </message>
    <message>
        <source>Gemaakt van de ideeën</source>
        <translation>Made from the ideas</translation>
    </message>
    <message>
        <source>Idee koppelen…</source>
        <translation>Link idea…</translation>
    </message>
    <message>
        <source>Ontkoppelen</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Bijlagen…</source>
        <translation>Attachments…</translation>
    </message>
    <message>
        <source>Foto&apos;s en documenten bij het doel</source>
        <translation>Photos and documents of the goal</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>DoelenModel</name>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Verantwoordelijke</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Begroot</source>
        <translation>Budgeted</translation>
    </message>
    <message>
        <source>Toegekend</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Uitgegeven</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Bereikt</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Te laat: de deadline van dit doel is verstreken.</source>
        <translation>Overdue: the deadline of this goal has passed.</translation>
    </message>
</context>
<context>
    <name>DoelenTab</name>
    <message>
        <source>doel</source>
        <translation>goal</translation>
    </message>
    <message>
        <source>doelen</source>
        <translation>goals</translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>Doel verwijderen</source>
        <translation>Delete goal</translation>
    </message>
    <message>
        <source>Het doel &apos;{0}&apos; verwijderen, met zijn voortgang en koppelingen? Dit kan ongedaan worden gemaakt met Ctrl+Z.</source>
        <translation>Delete the goal &apos;{0}&apos; with its progress and links? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Doel &apos;{0}&apos; verwijderen</source>
        <translation>Delete goal &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Niet verwijderd</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>Status van &apos;{0}&apos; naar &apos;{1}&apos;</source>
        <translation>Status of &apos;{0}&apos; to &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Kies eerst een voortgangsmelding in de lijst.</source>
        <translation>First choose a progress entry in the list.</translation>
    </message>
    <message>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Idee koppelen</source>
        <translation>Link idea</translation>
    </message>
    <message>
        <source>Van welk idee is dit doel (ook) gemaakt?</source>
        <translation>Which idea is this goal (also) made from?</translation>
    </message>
    <message>
        <source>Idee koppelen aan &apos;{0}&apos;</source>
        <translation>Link idea to &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Idee ontkoppelen van &apos;{0}&apos;</source>
        <translation>Unlink idea from &apos;{0}&apos;</translation>
    </message>
</context>
<context>
    <name>EncryptionActions</name>
    <message>
        <source>Versleutelen…</source>
        <translation>Encrypt…</translation>
    </message>
    <message>
        <source>Beveilig de database en de reservekopieën met een wachtwoord</source>
        <translation>Protect the database and its backups with a passphrase</translation>
    </message>
    <message>
        <source>Wachtwoord wijzigen…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <source>Versleuteling uitzetten…</source>
        <translation>Turn encryption off…</translation>
    </message>
    <message>
        <source>Database versleutelen</source>
        <translation>Encrypt database</translation>
    </message>
    <message>
        <source>WijkDesk versleutelt de database en al zijn reservekopieën. Wie de laptop vindt, kan dan niets lezen zonder het wachtwoord. U typt het wachtwoord voortaan bij elke start.
Eerst wordt een gecontroleerde reservekopie gemaakt.</source>
        <translation>WijkDesk encrypts the database and all its backups. Whoever finds the laptop cannot read anything without the passphrase. From now on you type the passphrase at every start.
A verified backup is made first.</translation>
    </message>
    <message>
        <source>De database is versleuteld. Vanaf nu vraagt WijkDesk bij het starten om het wachtwoord.</source>
        <translation>The database is encrypted. From now on WijkDesk asks for the passphrase at start.</translation>
    </message>
    <message>
        <source>Wachtwoord wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Kies het nieuwe wachtwoord. De database en al zijn reservekopieën worden ermee versleuteld; het oude wachtwoord werkt daarna niet meer.</source>
        <translation>Choose the new passphrase. The database and all its backups are encrypted with it; the old passphrase no longer works afterwards.</translation>
    </message>
    <message>
        <source>Het wachtwoord is gewijzigd. Gebruik voortaan het nieuwe.</source>
        <translation>The passphrase has been changed. Use the new one from now on.</translation>
    </message>
    <message>
        <source>Versleuteling uitzetten</source>
        <translation>Turn encryption off</translation>
    </message>
    <message>
        <source>Dan kan iedereen die het bestand of een reservekopie in handen krijgt, de namen, e-mailadressen en telefoonnummers van bewoners lezen. Alleen doen als de laptop zelf versleuteld is (BitLocker). Versleuteling uitzetten?</source>
        <translation>Then anyone who gets hold of the file or a backup can read the names, e-mail addresses and phone numbers of residents. Only do this if the laptop itself is encrypted (BitLocker). Turn encryption off?</translation>
    </message>
    <message>
        <source>De database en de reservekopieën zijn niet meer versleuteld.</source>
        <translation>The database and its backups are no longer encrypted.</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden vervangen: {exc}. Er is niets gewijzigd.</source>
        <translation>The file cannot be replaced: {exc}. Nothing was changed.</translation>
    </message>
    <message>
        <source>Database niet geopend</source>
        <translation>Database not opened</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>Did not work</translation>
    </message>
    <message>
        <source>Gecontroleerde reservekopie: {path}</source>
        <translation>Verified backup: {path}</translation>
    </message>
    <message>
        <source>Deze oude kopieën zijn niet omgezet (ander wachtwoord of niet te lezen); bewaar of verwijder ze bewust:
{files}</source>
        <translation>These old copies were not converted (another passphrase, or unreadable); keep or delete them deliberately:
{files}</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <source>Exporteren naar Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Werkmap voor financiën: overzicht, toekenningen, uitgaven, ideeën, doelen, besluiten</source>
        <translation>Workbook for finance: overview, grants, expenses, ideas, goals, decisions</translation>
    </message>
    <message>
        <source>Naar Excel</source>
        <translation>To Excel</translation>
    </message>
    <message>
        <source>Importsjabloon opslaan…</source>
        <translation>Save import template…</translation>
    </message>
    <message>
        <source>Een lege werkmap om ideeën en uitgaven in te vullen</source>
        <translation>An empty workbook to fill in ideas and expenses</translation>
    </message>
    <message>
        <source>Importeren uit Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Uit Excel</source>
        <translation>From Excel</translation>
    </message>
    <message>
        <source>Ideeën en uitgaven inlezen uit een sjabloon of een teruggekomen export</source>
        <translation>Read ideas and expenses from a template or a returned export</translation>
    </message>
    <message>
        <source>Exporteren naar Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Werkmap opgeslagen: {0}</source>
        <translation>Workbook saved: {0}</translation>
    </message>
    <message>
        <source>De werkmap is opgeslagen in {0}.

{1} toekenningen, {2} uitgaven, {3} ideeën, {4} doelen.
Resterend: {5}.</source>
        <translation>The workbook was saved in {0}.

{1} grants, {2} expenses, {3} ideas, {4} goals.
Remaining: {5}.</translation>
    </message>
    <message>
        <source>In {0} tekst(en) zijn persoonsgegevens van bewoners weggelaten.</source>
        <translation>Residents&apos; personal data was left out of {0} text(s).</translation>
    </message>
    <message>
        <source>{0} bonnetje(s) staan in de map {1}: stuur die mee met de werkmap.</source>
        <translation>{0} receipt(s) are in the folder {1}: send it along with the workbook.</translation>
    </message>
    <message>
        <source>{0} bonnetje(s) ontbreken in WijkDesk (kolom Bonnetjes: &apos;ontbreekt&apos;).</source>
        <translation>{0} receipt(s) are missing in WijkDesk (column Bonnetjes: &apos;ontbreekt&apos;).</translation>
    </message>
    <message>
        <source>Importsjabloon opslaan als</source>
        <translation>Save import template as</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>Did not work</translation>
    </message>
    <message>
        <source>Importsjabloon opgeslagen: {0}</source>
        <translation>Import template saved: {0}</translation>
    </message>
    <message>
        <source>Werkmap inlezen</source>
        <translation>Read workbook</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx);;Alle bestanden (*)</source>
        <translation>Excel workbook (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Werkmap controleren</source>
        <translation>Checking workbook</translation>
    </message>
    <message>
        <source>Importeren uit Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>Afgebroken: er is niets opgeslagen.</source>
        <translation>Cancelled: nothing was saved.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exporteren naar Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Een werkmap voor financiën met de bladen Overzicht, Toekenningen, Uitgaven, Ideeën, Doelen, Besluiten, Overhevelingen en Info; de bonnetjes komen in een map ernaast (naam van de werkmap met -bonnetjes). Alle bedragen zijn waarden, zonder formules; namen, e-mailadressen en telefoonnummers van bewoners staan er niet in.</source>
        <translation>A workbook for finance with the sheets Overzicht, Toekenningen, Uitgaven, Ideeën, Doelen, Besluiten, Overhevelingen and Info; the receipts go into a folder beside it (the workbook&apos;s name with -bonnetjes). All amounts are values, without formulas; residents&apos; names, e-mail addresses and phone numbers are not in it.</translation>
    </message>
    <message>
        <source>Alle wijken</source>
        <translation>All neighbourhoods</translation>
    </message>
    <message>
        <source>Alle jaren</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Wijk:</source>
        <translation>Neighbourhood:</translation>
    </message>
    <message>
        <source>Jaar:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Bestand:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Werkmap opslaan als</source>
        <translation>Save workbook as</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Kies een bestand om de werkmap in op te slaan.</source>
        <translation>Choose a file to save the workbook in.</translation>
    </message>
    <message>
        <source>De map {0} bestaat niet. Kies een bestaande map.</source>
        <translation>The folder {0} does not exist. Choose an existing folder.</translation>
    </message>
    <message>
        <source>Bestand bestaat al</source>
        <translation>File already exists</translation>
    </message>
    <message>
        <source>Het bestand {0} bestaat al. Wilt u het vervangen door de nieuwe werkmap?</source>
        <translation>The file {0} already exists. Do you want to replace it with the new workbook?</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>GroepDetail</name>
    <message>
        <source>Kies een groep in de lijst, of maak een nieuwe groep (Ctrl+N).</source>
        <translation>Choose a group in the list, or make a new group (Ctrl+N).</translation>
    </message>
    <message>
        <source>Deze groep is gearchiveerd.</source>
        <translation>This group is archived.</translation>
    </message>
    <message>
        <source>Terugzetten uit archief</source>
        <translation>Restore from archive</translation>
    </message>
    <message>
        <source>Archiveren…</source>
        <translation>Archive…</translation>
    </message>
    <message>
        <source>Groep &apos;{0}&apos; wijzigen</source>
        <translation>Edit group &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Bewonersgroep</source>
        <translation>Resident group</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Deze groep is actief</source>
        <translation>This group is active</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Leden en contactpersonen</source>
        <translation>Members and contact persons</translation>
    </message>
    <message>
        <source>Lid toevoegen…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <source>Rol wijzigen…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <source>Uit de groep halen…</source>
        <translation>Remove from group…</translation>
    </message>
    <message>
        <source>AVG-inzage: sla alles op wat WijkDesk over deze persoon bewaart</source>
        <translation>GDPR access request: save everything WijkDesk keeps about this person</translation>
    </message>
    <message>
        <source>Gegevens opslaan…</source>
        <translation>Save personal data…</translation>
    </message>
    <message>
        <source>AVG: wis naam, e-mail en telefoon van deze persoon en haal hem uit alle groepen</source>
        <translation>GDPR: erase this person&apos;s name, e-mail and phone and remove them from every group</translation>
    </message>
    <message>
        <source>Persoon wissen…</source>
        <translation>Erase person…</translation>
    </message>
</context>
<context>
    <name>GroepenModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Leden</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
</context>
<context>
    <name>GroepenTab</name>
    <message>
        <source>Ook gearchiveerde</source>
        <translation>Also archived</translation>
    </message>
    <message>
        <source>Bewaartermijn…</source>
        <translation>Retention…</translation>
    </message>
    <message>
        <source>Personen van wie de bewaartermijn is verlopen: wissen of toestemming vernieuwen</source>
        <translation>Persons whose retention period has expired: erase or renew consent</translation>
    </message>
    <message>
        <source>groep</source>
        <translation>group</translation>
    </message>
    <message>
        <source>groepen</source>
        <translation>groups</translation>
    </message>
    <message>
        <source>Bewaartermijn verlopen ({0})…</source>
        <translation>Retention expired ({0})…</translation>
    </message>
    <message>
        <source>Nieuwe groep</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>Groep verwijderen</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <source>De groep &apos;{0}&apos; verwijderen, met de lidmaatschappen? Dit kan ongedaan worden gemaakt met Ctrl+Z.</source>
        <translation>Delete the group &apos;{0}&apos; with its memberships? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Groep &apos;{0}&apos; verwijderen</source>
        <translation>Delete group &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Niet verwijderd</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>Groep archiveren</source>
        <translation>Archive group</translation>
    </message>
    <message>
        <source>De groep &apos;{0}&apos; archiveren? Alles blijft bewaard; de groep staat dan niet meer in de keuzelijsten.</source>
        <translation>Archive the group &apos;{0}&apos;? Everything is kept; the group no longer appears in the choice lists.</translation>
    </message>
    <message>
        <source>Archiveren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Groep &apos;{0}&apos; archiveren</source>
        <translation>Archive group &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Groep &apos;{0}&apos; terugzetten</source>
        <translation>Restore group &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Rol wijzigen</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Rol van {0}:</source>
        <translation>Role of {0}:</translation>
    </message>
    <message>
        <source>Rol van {0} wijzigen</source>
        <translation>Change role of {0}</translation>
    </message>
    <message>
        <source>Gegevens van {0} opslaan</source>
        <translation>Save the data of {0}</translation>
    </message>
    <message>
        <source>JSON-bestand (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <source>Gegevens opgeslagen in {0}</source>
        <translation>Data saved in {0}</translation>
    </message>
    <message>
        <source>Uit de groep halen</source>
        <translation>Remove from group</translation>
    </message>
    <message>
        <source>{0} uit deze groep halen? De persoon zelf blijft bewaard.</source>
        <translation>Remove {0} from this group? The person is kept.</translation>
    </message>
    <message>
        <source>{0} uit de groep halen</source>
        <translation>Remove {0} from the group</translation>
    </message>
</context>
<context>
    <name>IdeeDetail</name>
    <message>
        <source>(geen groep)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>(geen persoon)</source>
        <translation>(no person)</translation>
    </message>
    <message>
        <source>(geen bijeenkomst)</source>
        <translation>(no meeting)</translation>
    </message>
    <message>
        <source>Kies een idee in de lijst, of typ hierboven een nieuw idee.</source>
        <translation>Choose an idea in the list, or type a new idea above.</translation>
    </message>
    <message>
        <source>Idee {0}: {1}</source>
        <translation>Idea {0}: {1}</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reden: {0}</source>
        <translation>Reason: {0}</translation>
    </message>
    <message>
        <source>Idee &apos;{0}&apos; wijzigen</source>
        <translation>Edit idea &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Idee</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Status wijzigen…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Geschatte kosten</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <source>bijv. 1.250,00</source>
        <translation>e.g. 1.250,00</translation>
    </message>
    <message>
        <source>Ingediend door groep</source>
        <translation>Submitted by group</translation>
    </message>
    <message>
        <source>Ingediend door persoon</source>
        <translation>Submitted by person</translation>
    </message>
    <message>
        <source>Bijeenkomst</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Maak doel van dit idee</source>
        <translation>Make a goal of this idea</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>IdeeenModel</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Geschatte kosten</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <source>Ingediend door</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <source>Bijeenkomst</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Reden: {0}</source>
        <translation>Reason: {0}</translation>
    </message>
</context>
<context>
    <name>IdeeenTab</name>
    <message>
        <source>idee</source>
        <translation>idea</translation>
    </message>
    <message>
        <source>ideeën</source>
        <translation>ideas</translation>
    </message>
    <message>
        <source>Nieuw idee: typ de titel en druk op Enter</source>
        <translation>New idea: type the title and press Enter</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Thema:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <source>Alle thema&apos;s</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>Kies eerst een wijk (of maak er een via Bestand &gt; Wijken beheren).</source>
        <translation>Choose a neighbourhood first (or make one with File &gt; Manage neighbourhoods).</translation>
    </message>
    <message>
        <source>Idee &apos;{0}&apos; toevoegen</source>
        <translation>Add idea &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Idee verwijderen</source>
        <translation>Delete idea</translation>
    </message>
    <message>
        <source>Het idee &apos;{0}&apos; verwijderen? Dit kan ongedaan worden gemaakt met Ctrl+Z.</source>
        <translation>Delete the idea &apos;{0}&apos;? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Idee &apos;{0}&apos; verwijderen</source>
        <translation>Delete idea &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Niet verwijderd</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>Status van &apos;{0}&apos; naar &apos;{1}&apos;</source>
        <translation>Status of &apos;{0}&apos; to &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Doel maken van &apos;{0}&apos;</source>
        <translation>Make goal of &apos;{0}&apos;</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Importeren uit Excel: {0}</source>
        <translation>Import from Excel: {0}</translation>
    </message>
    <message>
        <source>Blad</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Probleem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>… en nog {0} problemen; verbeter eerst deze en lees het bestand opnieuw in.</source>
        <translation>… and {0} more problems; fix these first and read the file again.</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Wijzigingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Problemen ({0})</source>
        <translation>Problems ({0})</translation>
    </message>
    <message>
        <source>Rijen ({0})</source>
        <translation>Rows ({0})</translation>
    </message>
    <message>
        <source>De eerste {0} rijen worden getoond.</source>
        <translation>The first {0} rows are shown.</translation>
    </message>
    <message>
        <source>Foute rijen overslaan en alleen de goede rijen opslaan</source>
        <translation>Skip bad rows and save only the good ones</translation>
    </message>
    <message>
        <source>Alles wordt in één keer opgeslagen en in het logboek vastgelegd; Ongedaan maken (Ctrl+Z) neemt de hele import in één keer terug.</source>
        <translation>Everything is saved at once and recorded in the audit log; Undo (Ctrl+Z) takes the whole import back at once.</translation>
    </message>
    <message>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Bijwerken</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Ongewijzigd</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Fout</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Overgeslagen</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>{0} nieuw, {1} bijwerken, {2} ongewijzigd, {3} met fouten, {4} overgeslagen</source>
        <translation>{0} new, {1} to update, {2} unchanged, {3} with errors, {4} skipped</translation>
    </message>
    <message>
        <source>&lt;b&gt;1 probleem gevonden.&lt;/b&gt;</source>
        <translation>&lt;b&gt;1 problem found.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} problemen gevonden.&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0} problems found.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Er is nog niets opgeslagen. Verbeter het bestand en lees het opnieuw in, of sla alleen de goede rijen op.</source>
        <translation>Nothing has been saved yet. Correct the file and read it again, or save only the good rows.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Het bestand is in orde.&lt;/b&gt; Er is nog niets opgeslagen.</source>
        <translation>&lt;b&gt;The file is in order.&lt;/b&gt; Nothing has been saved yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Er is niets te importeren:&lt;/b&gt; alle rijen staan al zo in WijkDesk.</source>
        <translation>&lt;b&gt;There is nothing to import:&lt;/b&gt; every row is already in WijkDesk like this.</translation>
    </message>
</context>
<context>
    <name>JaarafsluitingDialog</name>
    <message>
        <source>{0} {1} afsluiten</source>
        <translation>Close {0} {1}</translation>
    </message>
    <message>
        <source>Na het afsluiten veranderen de cijfers van {0} alleen nog met een reden.</source>
        <translation>After closing, the figures of {0} change only with a reason.</translation>
    </message>
    <message>
        <source>Er is geen Meedoenbudget voor {0}: er is niets over te hevelen.</source>
        <translation>There is no Meedoenbudget for {0}: there is nothing to carry over.</translation>
    </message>
    <message>
        <source>Het budget is overschreden met {0}: er wordt niets overgeheveld.</source>
        <translation>The budget is overspent by {0}: nothing is carried over.</translation>
    </message>
    <message>
        <source>Resterend in {0}: &lt;b&gt;{1}&lt;/b&gt;.</source>
        <translation>Left in {0}: &lt;b&gt;{1}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Voor {0} is er nog geen Meedoenbudget: het wordt aangemaakt (bedrag nog in te stellen).</source>
        <translation>There is no Meedoenbudget for {0} yet: it will be made (its amount still to be set).</translation>
    </message>
    <message>
        <source>Open ideeën die naar {0} gaan: {1}; open doelen: {2}.</source>
        <translation>Open ideas that move to {0}: {1}; open goals: {2}.</translation>
    </message>
    <message>
        <source>Resterend bedrag ({0}) overhevelen naar {1}</source>
        <translation>Carry the money left ({0}) over to {1}</translation>
    </message>
    <message>
        <source>Reden van de &amp;overheveling</source>
        <translation>Reason for the carry-&amp;over</translation>
    </message>
    <message>
        <source>&amp;Toelichting (niet verplicht)</source>
        <translation>&amp;Note (optional)</translation>
    </message>
    <message>
        <source>Jaar afsluiten</source>
        <translation>Close year</translation>
    </message>
    <message>
        <source>{0} {1} heropenen</source>
        <translation>Reopen {0} {1}</translation>
    </message>
    <message>
        <source>{0} is afgesloten op {1} door {2}.</source>
        <translation>{0} was closed on {1} by {2}.</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Heropenen haalt de overheveling van {0} uit {1} terug naar {2}.</source>
        <translation>Reopening takes the carry-over of {0} out of {1} back to {2}.</translation>
    </message>
    <message>
        <source>Ideeën en doelen die naar {0} zijn gegaan, blijven daar.</source>
        <translation>Ideas and goals that moved to {0} stay there.</translation>
    </message>
    <message>
        <source>&amp;Waarom gaat {0} weer open? (verplicht)</source>
        <translation>&amp;Why does {0} open again? (required)</translation>
    </message>
    <message>
        <source>Heropenen</source>
        <translation>Reopen</translation>
    </message>
</context>
<context>
    <name>JaarverslagDialog</name>
    <message>
        <source>Jaarverslag (pdf)</source>
        <translation>Annual report (PDF)</translation>
    </message>
    <message>
        <source>Het jaarverslag voor de wethouder en de gemeenteraad: geld, besteding per thema en soort activiteit, doelen, bijeenkomsten, stemrondes, besluiten, verantwoordingen en foto&apos;s, met een pagina die alle wijken vergelijkt. Namen en contactgegevens van bewoners staan er niet in.</source>
        <translation>The annual report for the alderman and the council: money, spending per theme and kind of activity, goals, meetings, voting rounds, decisions, accountings and photos, with a page comparing all neighbourhoods. Residents&apos; names and contact details are left out.</translation>
    </message>
    <message>
        <source>Alle wijken (elk een eigen verslag)</source>
        <translation>All neighbourhoods (each its own report)</translation>
    </message>
    <message>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>&amp;Wijk:</source>
        <translation>&amp;Neighbourhood:</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Maken</source>
        <translation>Make</translation>
    </message>
    <message>
        <source>Jaarverslag opslaan</source>
        <translation>Save annual report</translation>
    </message>
    <message>
        <source>Kies een bestand voor het jaarverslag.</source>
        <translation>Choose a file for the annual report.</translation>
    </message>
    <message>
        <source>Het jaarverslag is een pdf-bestand: laat de naam op .pdf eindigen.</source>
        <translation>The annual report is a PDF file: let the name end in .pdf.</translation>
    </message>
    <message>
        <source>De map {0} bestaat niet. Kies een bestaande map.</source>
        <translation>The folder {0} does not exist. Choose an existing folder.</translation>
    </message>
    <message>
        <source>{0} is een map. Geef een bestandsnaam.</source>
        <translation>{0} is a folder. Give a file name.</translation>
    </message>
</context>
<context>
    <name>KiesDialog</name>
    <message>
        <source>Kiezen</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Zoeken…</source>
        <translation>Search…</translation>
    </message>
</context>
<context>
    <name>LedenModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>LidDialog</name>
    <message>
        <source>Lid toevoegen aan &apos;{0}&apos;</source>
        <translation>Add member to &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>(nieuwe persoon)</source>
        <translation>(new person)</translation>
    </message>
    <message>
        <source>Lid &apos;{0}&apos; toevoegen</source>
        <translation>Add member &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Lid toevoegen</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Toestemming gegeven op</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Bewaar alleen wat nodig is. Noteer de datum waarop de persoon toestemming gaf om de gegevens te bewaren.</source>
        <translation>Keep only what is needed. Note the date on which the person agreed to having their details kept.</translation>
    </message>
</context>
<context>
    <name>LogboekDialog</name>
    <message>
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Datum niet begrepen: {0}</source>
        <translation>Date not understood: {0}</translation>
    </message>
    <message>
        <source>{0} regels in de nieuwste {1} regels van het logboek; kies een soort of datums om verder terug te zoeken.</source>
        <translation>{0} lines in the newest {1} lines of the log; choose a kind or dates to search further back.</translation>
    </message>
    <message>
        <source>De nieuwste {0} regels; verfijn de filters voor oudere.</source>
        <translation>The newest {0} lines; narrow the filters for older ones.</translation>
    </message>
    <message>
        <source>{0} regels</source>
        <translation>{0} lines</translation>
    </message>
    <message>
        <source>Logboek van wijzigingen</source>
        <translation>Log of changes</translation>
    </message>
    <message>
        <source>Wie wat wanneer wijzigde, en waarom. Personen staan er zonder naam in, zoals in het logboek zelf.</source>
        <translation>Who changed what, when, and why. Persons appear without their name, as in the log itself.</translation>
    </message>
    <message>
        <source>Alleen wijzigingen van deze soort</source>
        <translation>Only changes of this kind</translation>
    </message>
    <message>
        <source>Zoeken in gebruiker, actie, wijziging en reden…</source>
        <translation>Search in user, action, change and reason…</translation>
    </message>
    <message>
        <source>van</source>
        <translation>from</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>tot en met</source>
        <translation>up to and including</translation>
    </message>
</context>
<context>
    <name>LogboekModel</name>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wijzigingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> (alleen lezen)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>Alleen lezen: {0}.</source>
        <translation>Read-only: {0}.</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Nieuw in dit tabblad (Ctrl+N)</source>
        <translation>New in this tab (Ctrl+N)</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Verwijder wat geselecteerd is (Del)</source>
        <translation>Delete the selection (Del)</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Zoeken in dit tabblad (Ctrl+F)</source>
        <translation>Search in this tab (Ctrl+F)</translation>
    </message>
    <message>
        <source>Volgend tabblad</source>
        <translation>Next tab</translation>
    </message>
    <message>
        <source>Vorig tabblad</source>
        <translation>Previous tab</translation>
    </message>
    <message>
        <source>Instellingen…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Wijken beheren…</source>
        <translation>Manage neighbourhoods…</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Over WijkDesk</source>
        <translation>About WijkDesk</translation>
    </message>
    <message>
        <source>Logboek openen</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>Logboek…</source>
        <translation>Change log…</translation>
    </message>
    <message>
        <source>Wie wat wanneer wijzigde, en waarom (Ctrl+L)</source>
        <translation>Who changed what, when, and why (Ctrl+L)</translation>
    </message>
    <message>
        <source>Opnieuw gedaan op het tabblad {0}: {1}</source>
        <translation>Redone on the {0} tab: {1}</translation>
    </message>
    <message>
        <source>Ongedaan gemaakt op het tabblad {0}: {1}</source>
        <translation>Undone on the {0} tab: {1}</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>E&amp;xtra</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source> Wijk: </source>
        <translation> Neighbourhood: </translation>
    </message>
    <message>
        <source>  Jaar: </source>
        <translation>  Year: </translation>
    </message>
    <message>
        <source>Bewonersgroepen</source>
        <translation>Resident groups</translation>
    </message>
    <message>
        <source>Ideeën</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Jaar afsluiten…</source>
        <translation>Close year…</translation>
    </message>
    <message>
        <source>Sluit het gekozen jaar van de wijk af, of heropen het</source>
        <translation>Close the chosen year of the neighbourhood, or reopen it</translation>
    </message>
    <message>
        <source>Nog geen wijk: kies Bestand &gt; Wijken beheren om er een toe te voegen.</source>
        <translation>No neighbourhood yet: choose File &gt; Manage neighbourhoods to add one.</translation>
    </message>
    <message>
        <source>Geen Meedoenbudget voor {0}</source>
        <translation>No Meedoenbudget for {0}</translation>
    </message>
    <message>
        <source>Resterend {0}: {1} van {2}</source>
        <translation>Remaining {0}: {1} of {2}</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>Did not work</translation>
    </message>
    <message>
        <source>&lt;b&gt;WijkDesk {0}&lt;/b&gt;&lt;p&gt;Het Meedoenbudget van de wijk: van idee tot verantwoording.&lt;/p&gt;&lt;p&gt;Database: {1}&lt;/p&gt;</source>
        <translation>&lt;b&gt;WijkDesk {0}&lt;/b&gt;&lt;p&gt;The neighbourhood&apos;s Meedoenbudget: from idea to accountability.&lt;/p&gt;&lt;p&gt;Database: {1}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OfflineActions</name>
    <message>
        <source>Wijk &amp;meenemen…</source>
        <translation>&amp;Take wijk offline…</translation>
    </message>
    <message>
        <source>Kopieer één wijk naar een eigen bestand om offline te werken</source>
        <translation>Copy one wijk into a file of its own to work offline</translation>
    </message>
    <message>
        <source>Wijk &amp;terugbrengen…</source>
        <translation>&amp;Bring wijk back…</translation>
    </message>
    <message>
        <source>Stuur de wijzigingen van deze meegenomen wijk terug</source>
        <translation>Send the changes of this wijk taken offline back</translation>
    </message>
    <message>
        <source>Offline kopie van {wijk} uit {bron}</source>
        <translation>Offline copy of {wijk} from {bron}</translation>
    </message>
    <message>
        <source>Meegenomen of laatst teruggebracht: {when}. Breng de wijzigingen terug met Bestand &gt; Wijk terugbrengen…</source>
        <translation>Taken offline or last brought back: {when}. Bring the changes back with File &gt; Bring wijk back…</translation>
    </message>
    <message>
        <source>Database niet geopend</source>
        <translation>Database not opened</translation>
    </message>
    <message>
        <source>Geen wijk</source>
        <translation>No wijk</translation>
    </message>
    <message>
        <source>Er is nog geen wijk om mee te nemen.</source>
        <translation>There is no wijk to take along yet.</translation>
    </message>
    <message>
        <source>Wijk meenemen</source>
        <translation>Take wijk offline</translation>
    </message>
    <message>
        <source>Niet meegenomen</source>
        <translation>Not taken offline</translation>
    </message>
    <message>
        <source>De kopie is versleuteld met hetzelfde wachtwoord als deze database.</source>
        <translation>The copy is encrypted with the same passphrase as this database.</translation>
    </message>
    <message>
        <source>Meegenomen</source>
        <translation>Taken offline</translation>
    </message>
    <message>
        <source>Wijk &apos;{wijk}&apos; staat nu in {path} ({what}). Open dat bestand op de laptop om offline te werken, en kies daarna Bestand &gt; Wijk terugbrengen…</source>
        <translation>Wijk &apos;{wijk}&apos; is now in {path} ({what}). Open that file on the laptop to work offline, then choose File &gt; Bring wijk back…</translation>
    </message>
    <message>
        <source>Wijk terugbrengen</source>
        <translation>Bring wijk back</translation>
    </message>
    <message>
        <source>De wijzigingen van &apos;{wijk}&apos; terugbrengen naar {bron}?

Wat aan beide kanten is gewijzigd, wordt eerst getoond; er wordt niets overschreven zonder uw keuze.</source>
        <translation>Bring the changes of &apos;{wijk}&apos; back to {bron}?

What was changed on both sides is shown first; nothing is overwritten without your choice.</translation>
    </message>
    <message>
        <source>&amp;Terugbrengen</source>
        <translation>&amp;Bring back</translation>
    </message>
    <message>
        <source>&amp;Andere bestemming…</source>
        <translation>&amp;Other destination…</translation>
    </message>
    <message>
        <source>Bestemming</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Reden nodig</source>
        <translation>Reason needed</translation>
    </message>
    <message>
        <source>Niet teruggebracht</source>
        <translation>Not brought back</translation>
    </message>
    <message>
        <source>Teruggebracht</source>
        <translation>Brought back</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gebruikt: {exc}. Er is niets gewijzigd.</source>
        <translation>The file cannot be used: {exc}. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>OutcomeView</name>
    <message>
        <source>Wat als</source>
        <translation>What if</translation>
    </message>
    <message>
        <source>Volgorde</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Idee</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Stemmen</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Uitslag</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Toch kiezen…</source>
        <translation>Choose anyway…</translation>
    </message>
    <message>
        <source>Toch niet kiezen…</source>
        <translation>Do not choose after all…</translation>
    </message>
    <message>
        <source>Handmatige wijziging intrekken…</source>
        <translation>Withdraw manual change…</translation>
    </message>
    <message>
        <source>Uitslag vaststellen…</source>
        <translation>Fix the outcome…</translation>
    </message>
    <message>
        <source>Gekozen ideeën → doelen</source>
        <translation>Chosen ideas → goals</translation>
    </message>
    <message>
        <source>Uitslag op de beamer</source>
        <translation>Outcome on the projector</translation>
    </message>
    <message>
        <source>Kies of maak een stemronde.</source>
        <translation>Choose or create a voting round.</translation>
    </message>
    <message>
        <source>Nog geen uitslag</source>
        <translation>No outcome yet</translation>
    </message>
    <message>
        <source>Eerst de verschillen tussen eerste en tweede invoer oplossen:</source>
        <translation>First resolve the differences between the first and second entry:</translation>
    </message>
    <message>
        <source>{0}: {1} gekozen, samen {2} van {3}; over {4}</source>
        <translation>{0}: {1} chosen, together {2} of {3}; left {4}</translation>
    </message>
    <message>
        <source>Regel: {0}. Geldige stembiljetten: {1}, ongeldig: {2}, blanco: {3}.</source>
        <translation>Rule: {0}. Valid ballots: {1}, invalid: {2}, blank: {3}.</translation>
    </message>
    <message>
        <source>Regel: {0}. Telling per idee.</source>
        <translation>Rule: {0}. Count per idea.</translation>
    </message>
    <message>
        <source>Gelijke stand tussen {0}: beslist op het laagste nummer.</source>
        <translation>Tie between {0}: decided by the lowest number.</translation>
    </message>
    <message>
        <source>Let op: de gekozen ideeën kosten {0} meer dan het budget.</source>
        <translation>Note: the chosen ideas cost {0} more than the budget.</translation>
    </message>
    <message>
        <source>De uitslag is vastgesteld.</source>
        <translation>The outcome has been fixed.</translation>
    </message>
    <message>
        <source>gekozen</source>
        <translation>chosen</translation>
    </message>
    <message>
        <source>niet gekozen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <source> (handmatig)</source>
        <translation> (manual)</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Kies eerst een idee in de uitslag.</source>
        <translation>First choose an idea in the outcome.</translation>
    </message>
    <message>
        <source>toch kiezen</source>
        <translation>choose anyway</translation>
    </message>
    <message>
        <source>toch niet kiezen</source>
        <translation>not choose after all</translation>
    </message>
    <message>
        <source>de handmatige wijziging intrekken</source>
        <translation>withdraw the manual change</translation>
    </message>
    <message>
        <source>Idee {0} &apos;{1}&apos; {2}. Schrijf de reden op: die wordt vastgelegd als besluit van de bijeenkomst.</source>
        <translation>Idea {0} &apos;{1}&apos;: {2}. Write down the reason: it is recorded as a decision of the meeting.</translation>
    </message>
    <message>
        <source>Uitslag handmatig wijzigen</source>
        <translation>Change the outcome by hand</translation>
    </message>
    <message>
        <source>Uitslag vaststellen</source>
        <translation>Fix the outcome</translation>
    </message>
    <message>
        <source>De uitslag vastleggen als besluit: gekozen {0}. Daarna kunnen er geen stemmen of wijzigingen meer bij.</source>
        <translation>Record the outcome as a decision: chosen {0}. After this no votes or changes can be added.</translation>
    </message>
    <message>
        <source>Vaststellen</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>{0} doelen gemaakt; de gekozen ideeën staan op &apos;gekozen&apos;.</source>
        <translation>{0} goals made; the chosen ideas have status &apos;chosen&apos;.</translation>
    </message>
    <message>
        <source>De gekozen ideeën zijn al doelen.</source>
        <translation>The chosen ideas are goals already.</translation>
    </message>
</context>
<context>
    <name>RedenDialog</name>
    <message>
        <source>Toch doorgaan</source>
        <translation>Go ahead anyway</translation>
    </message>
    <message>
        <source>Schrijf op waarom dit toch moet; de reden wordt vastgelegd.</source>
        <translation>Write down why this is needed anyway; the reason is recorded.</translation>
    </message>
    <message>
        <source>Reden nodig</source>
        <translation>Reason needed</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>De reden wordt vastgelegd in het logboek, met uw naam en de tijd.</source>
        <translation>The reason is recorded in the audit log, with your name and the time.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source> dagen vooraf</source>
        <translation> days ahead</translation>
    </message>
    <message>
        <source> weken na de activiteit</source>
        <translation> weeks after the activity</translation>
    </message>
    <message>
        <source> werkdagen na ontvangst</source>
        <translation> working days after receipt</translation>
    </message>
    <message>
        <source>Soort activiteit</source>
        <translation>Kind of activity</translation>
    </message>
    <message>
        <source>Hoogstens</source>
        <translation>At most</translation>
    </message>
    <message>
        <source>voor alle wijken</source>
        <translation>for all wijken</translation>
    </message>
    <message>
        <source>voor {0}</source>
        <translation>for {0}</translation>
    </message>
    <message>
        <source>voor {0} in {1}</source>
        <translation>for {0} in {1}</translation>
    </message>
    <message>
        <source>Hoogste bedrag voor &apos;{0}&apos;: {1}</source>
        <translation>Highest amount for &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>Database kiezen</source>
        <translation>Choose database</translation>
    </message>
    <message>
        <source>WijkDesk-database (*.db);;Alle bestanden (*)</source>
        <translation>WijkDesk database (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>op de server zelf (pg_dump, door de beheerder)</source>
        <translation>on the server itself (pg_dump, by its administrator)</translation>
    </message>
    <message>
        <source>Gedeelde map voor bijlagen kiezen</source>
        <translation>Choose the shared folder for attachments</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Algemeen</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>komt in het logboek bij elke wijziging</source>
        <translation>goes into the audit log with every change</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>De taal verandert meteen; het venster wordt opnieuw opgebouwd.</source>
        <translation>The language changes at once; the window is rebuilt.</translation>
    </message>
    <message>
        <source>Budgetregels</source>
        <translation>Budget rules</translation>
    </message>
    <message>
        <source>Deze regels geven een waarschuwing bij een toekenning of uitgave; ze houden niets tegen.</source>
        <translation>These rules warn about a grant or expense; they do not stop anything.</translation>
    </message>
    <message>
        <source>Deze regels gelden</source>
        <translation>These rules apply</translation>
    </message>
    <message>
        <source>Regels verschillen per wijk en per jaar; ze staan in de database, dus een tweede laptop ziet dezelfde.</source>
        <translation>Rules differ per wijk and per year; they are kept in the database, so a second laptop sees the same ones.</translation>
    </message>
    <message>
        <source>Geen geld voor</source>
        <translation>No money for</translation>
    </message>
    <message>
        <source>Aanvraag minstens</source>
        <translation>Request at least</translation>
    </message>
    <message>
        <source>Advies wijkteam boven</source>
        <translation>Neighbourhood team advice above</translation>
    </message>
    <message>
        <source>bijv. 1.000,00</source>
        <translation>e.g. 1.000,00</translation>
    </message>
    <message>
        <source>Verantwoording binnen</source>
        <translation>Accounting due within</translation>
    </message>
    <message>
        <source>Besluit op een aanvraag binnen</source>
        <translation>Decision on a request within</translation>
    </message>
    <message>
        <source>Hoogste bedrag per soort activiteit</source>
        <translation>Highest amount per kind of activity</translation>
    </message>
    <message>
        <source>Soort toevoegen</source>
        <translation>Add kind</translation>
    </message>
    <message>
        <source>Soort weghalen</source>
        <translation>Remove kind</translation>
    </message>
    <message>
        <source>Standaardregels van Deventer</source>
        <translation>Deventer&apos;s default rules</translation>
    </message>
    <message>
        <source>Bestanden</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>bestand, of postgresql://gebruiker@server/database, of server:NAAM</source>
        <translation>file, or postgresql://user@server/database, or server:NAME</translation>
    </message>
    <message>
        <source>Andere database…</source>
        <translation>Other database…</translation>
    </message>
    <message>
        <source>Een andere database wordt geopend wanneer u WijkDesk opnieuw start. Kies een map op deze computer, niet in OneDrive, Dropbox of op een netwerkschijf. Of typ een database op een server: postgresql://gebruiker@server/database of server:NAAM (uit pg_service.conf); het wachtwoord staat in het pgpass-bestand, nooit hier.</source>
        <translation>Another database is opened when you restart WijkDesk. Choose a folder on this computer, not in OneDrive, Dropbox or on a network drive. Or type a database on a server: postgresql://user@server/database or server:NAME (from pg_service.conf); the password belongs in the pgpass file, never here.</translation>
    </message>
    <message>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Bijlagen van een database op een server (gedeelde map, op deze computer)</source>
        <translation>Attachments of a database on a server (shared folder, on this computer)</translation>
    </message>
    <message>
        <source>bijvoorbeeld S:\WijkDesk</source>
        <translation>for example S:\WijkDesk</translation>
    </message>
    <message>
        <source>Map kiezen…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Log</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Huidige status: {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Current status: {1}</translation>
    </message>
    <message>
        <source>Vanuit deze status kan de status niet meer veranderen.</source>
        <translation>From this status the status can no longer change.</translation>
    </message>
    <message>
        <source>Bij &apos;{0}&apos; is een reden verplicht; bewoners willen weten waarom.</source>
        <translation>&apos;{0}&apos; needs a reason; residents want to know why.</translation>
    </message>
    <message>
        <source>Een reden is hier niet verplicht, maar wel welkom.</source>
        <translation>A reason is not required here, but welcome.</translation>
    </message>
    <message>
        <source>Geef een reden op waarom de status &apos;{0}&apos; wordt.</source>
        <translation>Give a reason why the status becomes &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>Status wijzigen</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Nieuwe status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>StemrondeDialog</name>
    <message>
        <source>(geen bijeenkomst)</source>
        <translation>(no meeting)</translation>
    </message>
    <message>
        <source>Een uitslag pas vanaf {0} kiezers.</source>
        <translation>An outcome only from {0} voters on.</translation>
    </message>
    <message>
        <source>Met {0} per stap komt er pas een uitslag bij minstens {1} kiezers. Verwacht u er minder, kies dan een grotere stap: na de eerste stem liggen de regels vast.</source>
        <translation>With {0} per step there is only an outcome with at least {1} voters. If you expect fewer, choose a larger step: after the first vote the rules are fixed.</translation>
    </message>
    <message>
        <source>bijv. 1.250,00</source>
        <translation>e.g. 1,250.00</translation>
    </message>
    <message>
        <source>geen kosten</source>
        <translation>no cost</translation>
    </message>
    <message>
        <source>kosten &apos;{0}&apos; ongeldig</source>
        <translation>cost &apos;{0}&apos; not valid</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; heeft nog geen kosten. &amp;Kosten op het stembiljet:</source>
        <translation>&apos;{0}&apos; has no cost yet. &amp;Cost on the ballot:</translation>
    </message>
    <message>
        <source>Een idee zonder kosten krijgt ze hier, als u het in de lijst kiest.</source>
        <translation>An idea without a cost gets one here when you choose it in the list.</translation>
    </message>
    <message>
        <source>Nieuwe ronde met andere regels</source>
        <translation>New round with other rules</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; heeft al stemmen: de regels liggen vast. Deze nieuwe ronde krijgt dezelfde ideeën; de oude ronde blijft bewaard.</source>
        <translation>&apos;{0}&apos; has votes already: its rules are locked. This new round gets the same ideas; the old round is kept.</translation>
    </message>
    <message>
        <source>Vink de ideeën aan die op het stembiljet komen.</source>
        <translation>Tick the ideas that go on the ballot.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; heeft nog geen kosten: typ ze onder de lijst in, of vink het idee uit.</source>
        <translation>&apos;{0}&apos; has no cost yet: type it below the list, or untick the idea.</translation>
    </message>
    <message>
        <source>Nieuwe stemronde</source>
        <translation>New voting round</translation>
    </message>
    <message>
        <source>De regels liggen vast zodra de eerste stem is ingevoerd. Andere regels daarna betekent een nieuwe ronde; de oude blijft bewaard.</source>
        <translation>The rules are locked once the first vote is entered. Other rules after that means a new round; the old one is kept.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>bijv. Bewonersavond 26 november</source>
        <translation>e.g. Residents&apos; evening 26 November</translation>
    </message>
    <message>
        <source>Te verdelen budget</source>
        <translation>Budget to divide</translation>
    </message>
    <message>
        <source>bijv. 25.000,00</source>
        <translation>e.g. 25.000,00</translation>
    </message>
    <message>
        <source>Bijeenkomst</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Stemwijze</source>
        <translation>Ballot kind</translation>
    </message>
    <message>
        <source>Invoer</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Hoogstens kruisjes</source>
        <translation>At most ticks</translation>
    </message>
    <message>
        <source>geen maximum</source>
        <translation>no maximum</translation>
    </message>
    <message>
        <source>Punten per kiezer</source>
        <translation>Points per voter</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Hoogstens punten op één idee</source>
        <translation>At most points on one idea</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Tevredenheid</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Aanvulling</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Verhoging per stap</source>
        <translation>Increase per step</translation>
    </message>
    <message>
        <source>bijv. 1,00 per kiezer</source>
        <translation>e.g. 1,00 per voter</translation>
    </message>
    <message>
        <source>Vier ogen</source>
        <translation>Four eyes</translation>
    </message>
    <message>
        <source>Tweede invoer door iemand anders verplicht</source>
        <translation>Second entry by someone else required</translation>
    </message>
    <message>
        <source>Ideeën op het stembiljet</source>
        <translation>Ideas on the ballot</translation>
    </message>
</context>
<context>
    <name>StemrondeTab</name>
    <message>
        <source>Beamer tonen (stemronde)</source>
        <translation>Show on projector (voting round)</translation>
    </message>
    <message>
        <source>De stand of de uitslag van de gekozen stemronde op een tweede scherm</source>
        <translation>The count or the outcome of the chosen voting round on a second screen</translation>
    </message>
    <message>
        <source>Stemrondes van deze wijk</source>
        <translation>Voting rounds of this neighbourhood</translation>
    </message>
    <message>
        <source>Nieuwe stemronde…</source>
        <translation>New voting round…</translation>
    </message>
    <message>
        <source>Nieuwe ronde met andere regels…</source>
        <translation>New round with other rules…</translation>
    </message>
    <message>
        <source>pabulib-bestand inlezen…</source>
        <translation>Import pabulib file…</translation>
    </message>
    <message>
        <source>Exporteren als .pb…</source>
        <translation>Export as .pb…</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Beamer (F5)</source>
        <translation>Projector (F5)</translation>
    </message>
    <message>
        <source>&amp;Eerste invoer</source>
        <translation>&amp;First entry</translation>
    </message>
    <message>
        <source>&amp;Tweede invoer (vier ogen, door iemand anders)</source>
        <translation>&amp;Second entry (four eyes, by someone else)</translation>
    </message>
    <message>
        <source>Stemmen invoeren</source>
        <translation>Enter votes</translation>
    </message>
    <message>
        <source>Uitslag</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Stemronde</source>
        <translation>Voting round</translation>
    </message>
    <message>
        <source>Ctrl+Z maakt op dit tabblad geen stemmen ongedaan: een stembiljet verbetert u met Verbeteren… of Laten vervallen…, een aantal door het juiste aantal te typen. &apos;{0}&apos; is een stap van een ander tabblad: maak die daar ongedaan of doe die daar opnieuw.</source>
        <translation>Ctrl+Z does not undo votes on this tab: correct a ballot with Correct… or Withdraw…, a count by typing the right count. &apos;{0}&apos; is a step of another tab: undo or redo it there.</translation>
    </message>
    <message>
        <source>Niets opnieuw gedaan: &apos;{0}&apos; hoort bij een ander tabblad.</source>
        <translation>Nothing redone: &apos;{0}&apos; belongs to another tab.</translation>
    </message>
    <message>
        <source>Niets ongedaan gemaakt: &apos;{0}&apos; hoort bij een ander tabblad.</source>
        <translation>Nothing undone: &apos;{0}&apos; belongs to another tab.</translation>
    </message>
    <message>
        <source>Nog geen stemronde: maak er een met &apos;Nieuwe stemronde…&apos; of lees een pabulib-bestand in.</source>
        <translation>No voting round yet: make one with &apos;New voting round…&apos; or import a pabulib file.</translation>
    </message>
    <message>
        <source>Kies eerst een wijk.</source>
        <translation>Choose a neighbourhood first.</translation>
    </message>
    <message>
        <source>budget {0}</source>
        <translation>budget {0}</translation>
    </message>
    <message>
        <source>hoogstens {0} kruisjes</source>
        <translation>at most {0} ticks</translation>
    </message>
    <message>
        <source>{0} punten per kiezer</source>
        <translation>{0} points per voter</translation>
    </message>
    <message>
        <source>aanvulling: {0}</source>
        <translation>completion: {0}</translation>
    </message>
    <message>
        <source>meeste stemmen</source>
        <translation>most votes</translation>
    </message>
    <message>
        <source>tweede invoer verplicht</source>
        <translation>second entry required</translation>
    </message>
    <message>
        <source>
… en nog {0}</source>
        <translation>
… and {0} more</translation>
    </message>
    <message>
        <source>Verschillen tussen eerste en tweede invoer ({0}):</source>
        <translation>Differences between first and second entry ({0}):</translation>
    </message>
    <message>
        <source>Eerste en tweede invoer komen overeen.</source>
        <translation>First and second entry agree.</translation>
    </message>
    <message>
        <source>Stemronde verwijderen</source>
        <translation>Delete voting round</translation>
    </message>
    <message>
        <source>De stemronde &apos;{0}&apos; verwijderen? De ideeën zelf blijven bestaan.</source>
        <translation>Delete the voting round &apos;{0}&apos;? The ideas themselves stay.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Stemronde &apos;{0}&apos; verwijderen</source>
        <translation>Delete voting round &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>pabulib-bestand inlezen</source>
        <translation>Import pabulib file</translation>
    </message>
    <message>
        <source>pabulib (*.pb);;Alle bestanden (*)</source>
        <translation>pabulib (*.pb);;All files (*)</translation>
    </message>
    <message>
        <source>pabulib-bestand {0} inlezen</source>
        <translation>Read pabulib file {0}</translation>
    </message>
    <message>
        <source>Niet ingelezen</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>Exporteren als pabulib-bestand</source>
        <translation>Export as pabulib file</translation>
    </message>
    <message>
        <source>pabulib (*.pb)</source>
        <translation>pabulib (*.pb)</translation>
    </message>
    <message>
        <source>Niet geëxporteerd</source>
        <translation>Not exported</translation>
    </message>
</context>
<context>
    <name>TableTab</name>
    <message>
        <source>Zoeken (Ctrl+F)…</source>
        <translation>Search (Ctrl+F)…</translation>
    </message>
    <message>
        <source>rij</source>
        <translation>row</translation>
    </message>
    <message>
        <source>rijen</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>Geen {0} met &apos;{1}&apos;. Esc wist het zoekwoord.</source>
        <translation>No {0} with &apos;{1}&apos;. Esc clears the search.</translation>
    </message>
    <message>
        <source>meer dan {0} {1}</source>
        <translation>more than {0} {1}</translation>
    </message>
</context>
<context>
    <name>TakeDialog</name>
    <message>
        <source>Wijk meenemen</source>
        <translation>Take wijk offline</translation>
    </message>
    <message>
        <source>WijkDesk kopieert de wijk, met alles wat erbij hoort, naar een eigen bestand. Daarin werkt u offline met alle functies; met Bestand &gt; Wijk terugbrengen… gaan de wijzigingen later terug.</source>
        <translation>WijkDesk copies the wijk, with everything that belongs to it, into a file of its own. There you work offline with every feature; File &gt; Bring wijk back… sends the changes back later.</translation>
    </message>
    <message>
        <source>&amp;Wijk:</source>
        <translation>&amp;Wijk:</translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Naar bestand:</source>
        <translation>&amp;To file:</translation>
    </message>
    <message>
        <source>Meenemen</source>
        <translation>Take along</translation>
    </message>
    <message>
        <source>Kopie van de wijk</source>
        <translation>Copy of the wijk</translation>
    </message>
    <message>
        <source>Kies een bestand voor de kopie.</source>
        <translation>Choose a file for the copy.</translation>
    </message>
    <message>
        <source>Dat bestand bestaat al; kies een nieuwe naam (een bestaand bestand wordt nooit overschreven).</source>
        <translation>That file exists already; choose a new name (an existing file is never overwritten).</translation>
    </message>
</context>
<context>
    <name>TallyEntry</name>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Idee</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Eerste invoer</source>
        <translation>First entry</translation>
    </message>
    <message>
        <source>Tweede invoer</source>
        <translation>Second entry</translation>
    </message>
    <message>
        <source>aantal</source>
        <translation>count</translation>
    </message>
    <message>
        <source>Een opgeslagen aantal maakt u niet ongedaan met Ctrl+Z: typ het juiste aantal voor dat idee (↑ en ↓ kiezen het idee); de vorige invoer blijft bewaard.</source>
        <translation>Ctrl+Z does not undo a saved count: type the right count for that idea (↑ and ↓ choose the idea); the previous entry is kept.</translation>
    </message>
    <message>
        <source>Typ het aantal en druk op Enter; ↑ en ↓ kiezen een ander idee. Een nieuw aantal voor een idee is een verbetering: de vorige invoer blijft bewaard.</source>
        <translation>Type the count and press Enter; ↑ and ↓ choose another idea. A new count for an idea is a correction: the previous entry is kept.</translation>
    </message>
    <message>
        <source>Geen ideeën op het stembiljet.</source>
        <translation>No ideas on the ballot.</translation>
    </message>
    <message>
        <source>eerste invoer</source>
        <translation>first entry</translation>
    </message>
    <message>
        <source>tweede invoer</source>
        <translation>second entry</translation>
    </message>
    <message>
        <source>Idee {0} – {1} ({2}): aantal</source>
        <translation>Idea {0} – {1} ({2}): count</translation>
    </message>
    <message>
        <source>Niet opgeslagen: kies eerst links een stemronde.</source>
        <translation>Not saved: first choose a voting round on the left.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: deze stemronde heeft geen ideeën op het stembiljet.</source>
        <translation>Not saved: this voting round has no ideas on the ballot.</translation>
    </message>
    <message>
        <source>Idee {0} verbeterd van {1} naar {2} (de vorige invoer blijft bewaard).</source>
        <translation>Idea {0} corrected from {1} to {2} (the previous entry is kept).</translation>
    </message>
    <message>
        <source>Idee {0}: {1} opgeslagen.</source>
        <translation>Idea {0}: {1} saved.</translation>
    </message>
</context>
<context>
    <name>TaskWorker</name>
    <message>
        <source>De schijf is vol: het bestand is niet geschreven. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>The disk is full: the file was not written. Free some space and try again.</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden geschreven of gelezen: {0}</source>
        <translation>The file cannot be written or read: {0}</translation>
    </message>
    <message>
        <source>Niet opgeslagen: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <source>Er ging iets mis. De details staan in het logboek (Help &gt; Logboek openen).</source>
        <translation>Something went wrong. The details are in the log (Help &gt; Open log).</translation>
    </message>
</context>
<context>
    <name>TeLaatMelding</name>
    <message>
        <source>Melding verbergen</source>
        <translation>Hide notice</translation>
    </message>
    <message>
        <source>1 verantwoording te laat</source>
        <translation>1 accounting overdue</translation>
    </message>
    <message>
        <source>{0} verantwoordingen te laat</source>
        <translation>{0} accountings overdue</translation>
    </message>
    <message>
        <source>Klik om de toekenningen te zien waarvan de verantwoording te laat is.</source>
        <translation>Click to see the grants whose accounting is overdue.</translation>
    </message>
</context>
<context>
    <name>ToekenningDialog</name>
    <message>
        <source>Toekenning wijzigen</source>
        <translation>Edit grant</translation>
    </message>
    <message>
        <source>Nieuwe toekenning</source>
        <translation>New grant</translation>
    </message>
    <message>
        <source>(geen doel)</source>
        <translation>(no goal)</translation>
    </message>
    <message>
        <source>(geen groep)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>Aanvraag af&amp;drukken…</source>
        <translation>&amp;Print request…</translation>
    </message>
    <message>
        <source>Begroting: {0} met een waarschuwing (regel {1}); zie de pagina Aanvraag.</source>
        <translation>Budget: {0} with a warning (line {1}); see the Request page.</translation>
    </message>
    <message>
        <source>1 regel</source>
        <translation>1 line</translation>
    </message>
    <message>
        <source>{0} regels</source>
        <translation>{0} lines</translation>
    </message>
    <message>
        <source>… en nog {0} (de regels in het rood op de pagina Aanvraag)</source>
        <translation>… and {0} more (the lines in red on the Request page)</translation>
    </message>
    <message>
        <source>&amp;Aanvraag ({0})</source>
        <translation>Re&amp;quest ({0})</translation>
    </message>
    <message>
        <source>&amp;Aanvraag</source>
        <translation>Re&amp;quest</translation>
    </message>
    <message>
        <source>Toekenning &apos;{0}&apos; toevoegen</source>
        <translation>Add grant &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Toekenning &apos;{0}&apos; wijzigen</source>
        <translation>Edit grant &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Aanvraag afdrukken</source>
        <translation>Print request</translation>
    </message>
    <message>
        <source>De aanvraag wordt afgedrukt zoals hij is opgeslagen. Eerst opslaan wat hier staat? Dit kan ongedaan worden gemaakt met Ctrl+Z.</source>
        <translation>The request is printed as it is saved. Save what is here first? This can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Opslaan en afdrukken</source>
        <translation>Save and print</translation>
    </message>
    <message>
        <source>Toekenning</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>&amp;Toekenning</source>
        <translation>&amp;Grant</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Voor doel</source>
        <translation>For goal</translation>
    </message>
    <message>
        <source>Voor groep</source>
        <translation>For group</translation>
    </message>
    <message>
        <source>Soort activiteit</source>
        <translation>Kind of activity</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>bijv. 1.250,00</source>
        <translation>e.g. 1.250,00</translation>
    </message>
    <message>
        <source>Zaaknummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>bijv. Z-2026-0123</source>
        <translation>e.g. Z-2026-0123</translation>
    </message>
    <message>
        <source>Besluitdatum</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Besloten door</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Ontvangen op</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Activiteit van</source>
        <translation>Activity from</translation>
    </message>
    <message>
        <source>Activiteit tot en met</source>
        <translation>Activity until</translation>
    </message>
    <message>
        <source>Advies wijkteam op</source>
        <translation>Neighbourhood team advice on</translation>
    </message>
    <message>
        <source>Activiteitenplan</source>
        <translation>Activity plan</translation>
    </message>
    <message>
        <source>Wat, waar, voor wie, wie doet wat (een paar regels)</source>
        <translation>What, where, for whom, who does what (a few lines)</translation>
    </message>
    <message>
        <source>&amp;Begroting (Insert: regel erbij, Ctrl+Delete: regel weg)</source>
        <translation>&amp;Budget lines (Insert: add a line, Ctrl+Delete: remove one)</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>&amp;Regel toevoegen</source>
        <translation>&amp;Add line</translation>
    </message>
    <message>
        <source>Regel &amp;verwijderen</source>
        <translation>&amp;Remove line</translation>
    </message>
    <message>
        <source>Enter of dubbelklik: naar die regel van de begroting</source>
        <translation>Enter or double-click: go to that budget line</translation>
    </message>
</context>
<context>
    <name>ToekenningenModel</name>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Voor</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Verantwoorden vóór</source>
        <translation>Account by</translation>
    </message>
    <message>
        <source>Soort activiteit</source>
        <translation>Kind of activity</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Uitgegeven</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Zaaknummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Besluitdatum</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verantwoording te laat: die hoorde er uiterlijk {0} te zijn.</source>
        <translation>Accounting overdue: it was due on {0}.</translation>
    </message>
    <message>
        <source>Termijn verstreken: beslissen uiterlijk {0}; er is nog geen besluitdatum.</source>
        <translation>Term passed: decide by {0}; there is no decision date yet.</translation>
    </message>
    <message>
        <source>Toegestaan boven het budget; reden: {0}</source>
        <translation>Allowed above the budget; reason: {0}</translation>
    </message>
</context>
<context>
    <name>UitgaveDialog</name>
    <message>
        <source>Uitgave wijzigen</source>
        <translation>Edit expense</translation>
    </message>
    <message>
        <source>Nieuwe uitgave</source>
        <translation>New expense</translation>
    </message>
    <message>
        <source>(geen toekenning)</source>
        <translation>(no grant)</translation>
    </message>
    <message>
        <source>(geen doel)</source>
        <translation>(no goal)</translation>
    </message>
    <message>
        <source>Een negatief bedrag boekt een creditnota: het verlaagt de uitgaven.</source>
        <translation>A negative amount books a credit note: it lowers the expenses.</translation>
    </message>
    <message>
        <source>Bonnetje kiezen</source>
        <translation>Choose receipt</translation>
    </message>
    <message>
        <source>Bonnetjes (*.pdf *.jpg *.jpeg *.png);;Alle bestanden (*)</source>
        <translation>Receipts (*.pdf *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>Uitgave &apos;{0}&apos; toevoegen</source>
        <translation>Add expense &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Uitgave &apos;{0}&apos; wijzigen</source>
        <translation>Edit expense &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Uitgave</source>
        <translation>Expense</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>bijv. 1.250,00</source>
        <translation>e.g. 1.250,00</translation>
    </message>
    <message>
        <source>Leverancier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Factuurnummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Toekenning</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Bonnetje</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>UitgavenModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Leverancier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Factuurnr.</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Betaald op</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Toekenning</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Bonnetje</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Toegestaan boven het budget; reden: {0}</source>
        <translation>Allowed above the budget; reason: {0}</translation>
    </message>
</context>
<context>
    <name>VerantwoordingDialog</name>
    <message>
        <source>Verantwoording van &apos;{0}&apos;</source>
        <translation>Accounting of &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>nog niet bekend (geen einddatum)</source>
        <translation>not known yet (no end date)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1}&lt;br&gt;Band: {2}&lt;br&gt;Verantwoorden vóór: {3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1}&lt;br&gt;Band: {2}&lt;br&gt;Account by: {3}</translation>
    </message>
    <message>
        <source>Te laat: de verantwoording hoorde er {0} dagen geleden te zijn (uiterlijk {1}).</source>
        <translation>Overdue: the accounting was due {0} days ago ({1}).</translation>
    </message>
    <message>
        <source>{0} van {1} uitgaven hebben een bon of bijlage</source>
        <translation>{0} of {1} expenses have a receipt or attachment</translation>
    </message>
    <message>
        <source>Verantwoord op {0}.</source>
        <translation>Accounted for on {0}.</translation>
    </message>
    <message>
        <source>Verantwoord.</source>
        <translation>Accounted for.</translation>
    </message>
    <message>
        <source>Checklist niet compleet; reden: {0}</source>
        <translation>Checklist not complete; reason: {0}</translation>
    </message>
    <message>
        <source>Deze toekenning is {0}: er valt (nog) niets te verantwoorden.</source>
        <translation>This grant is {0}: there is nothing to account for (yet).</translation>
    </message>
    <message>
        <source>Vink af wat er is en klik op &apos;Verantwoord…&apos; als alles klopt.</source>
        <translation>Tick what is there and click &apos;Accounted for…&apos; when all is right.</translation>
    </message>
    <message>
        <source>Verantwoording van &apos;{0}&apos; bijwerken</source>
        <translation>Update the accounting of &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Nog niet afgevinkt: {0}. Waarom is deze toekenning toch verantwoord?</source>
        <translation>Not ticked yet: {0}. Why is this grant accounted for anyway?</translation>
    </message>
    <message>
        <source>Checklist niet compleet</source>
        <translation>Checklist not complete</translation>
    </message>
    <message>
        <source>Toekenning &apos;{0}&apos; verantwoord</source>
        <translation>Grant &apos;{0}&apos; accounted for</translation>
    </message>
    <message>
        <source>Verantwoording</source>
        <translation>Accounting</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Financieel overzicht</source>
        <translation>Financial summary</translation>
    </message>
    <message>
        <source>Toegekend</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Uitgegeven</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Bonnen</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>&amp;Verslag (wat is er gedaan, wie deden mee, wat leverde het op)</source>
        <translation>&amp;Report (what was done, who took part, what came of it)</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: op 14 juni vierden 80 buren het straatfeest; de werkgroep zette tafels en een springkussen neer.</source>
        <translation>For example: on 14 June 80 neighbours held the street party; the working group set up tables and a bouncy castle.</translation>
    </message>
    <message>
        <source>Bijlagen bij de toekenning (bonnen, foto&apos;s, documenten)</source>
        <translation>Attachments of the grant (receipts, photos, documents)</translation>
    </message>
    <message>
        <source>Toevoegen…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>&amp;Verantwoord…</source>
        <translation>&amp;Accounted for…</translation>
    </message>
</context>
<context>
    <name>VoortgangDialog</name>
    <message>
        <source>Voortgang van &apos;{0}&apos;</source>
        <translation>Progress of &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Voortgang {0} % melden</source>
        <translation>Report progress {0} %</translation>
    </message>
    <message>
        <source>Voortgang toevoegen</source>
        <translation>Add progress</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>VoortgangModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>WijkDialog</name>
    <message>
        <source>Wijk wijzigen</source>
        <translation>Edit neighbourhood</translation>
    </message>
    <message>
        <source>Nieuwe wijk</source>
        <translation>New neighbourhood</translation>
    </message>
    <message>
        <source>Wijk &apos;{0}&apos; toevoegen</source>
        <translation>Add neighbourhood &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Wijk &apos;{0}&apos; wijzigen</source>
        <translation>Edit neighbourhood &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Naam van de wijk</source>
        <translation>Name of the neighbourhood</translation>
    </message>
    <message>
        <source>Wijkmanager</source>
        <translation>Neighbourhood manager</translation>
    </message>
    <message>
        <source>Wijkopbouwwerker</source>
        <translation>Community worker</translation>
    </message>
    <message>
        <source>Welzijnsorganisatie</source>
        <translation>Welfare organisation</translation>
    </message>
    <message>
        <source>Wijkwethouder</source>
        <translation>Alderman</translation>
    </message>
    <message>
        <source>Kostenplaats</source>
        <translation>Cost centre</translation>
    </message>
</context>
<context>
    <name>WijkenDialog</name>
    <message>
        <source> (gearchiveerd)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Archiveren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Wijk &apos;{0}&apos; archiveren</source>
        <translation>Archive neighbourhood &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Wijk &apos;{0}&apos; terugzetten</source>
        <translation>Restore neighbourhood &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Wijken beheren</source>
        <translation>Manage neighbourhoods</translation>
    </message>
    <message>
        <source>De wijken in deze database. Een gearchiveerde wijk blijft bewaard maar staat niet meer in de keuzelijst.</source>
        <translation>The neighbourhoods in this database. An archived neighbourhood is kept but no longer appears in the choice list.</translation>
    </message>
    <message>
        <source>Toon ook gearchiveerde wijken</source>
        <translation>Also show archived neighbourhoods</translation>
    </message>
    <message>
        <source>Nieuwe wijk…</source>
        <translation>New neighbourhood…</translation>
    </message>
    <message>
        <source>Wijzigen…</source>
        <translation>Edit…</translation>
    </message>
</context>
<context>
    <name>WisDialog</name>
    <message>
        <source>{0} wissen</source>
        <translation>Erase {0}</translation>
    </message>
    <message>
        <source>{0} wissen? Naam, e-mailadres, telefoonnummer, notities en lidmaatschappen worden verwijderd, uit alle groepen. Ideeën die deze persoon indiende blijven bestaan, zonder naam.</source>
        <translation>Erase {0}? Name, e-mail address, phone number, notes and memberships are removed, from every group. Ideas this person submitted remain, without the name.</translation>
    </message>
    <message>
        <source>Geen andere teksten noemen deze persoon.</source>
        <translation>No other texts name this person.</translation>
    </message>
    <message>
        <source>Wissen</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>gewist</source>
        <translation>erased</translation>
    </message>
    <message>
        <source>Gewist: {0} tekst(en) en {1} regel(s) in het wijzigingslog opgeschoond, {2} reservekopie(ën) herschreven.</source>
        <translation>Erased: {0} text(s) and {1} change log line(s) cleaned, {2} backup(s) rewritten.</translation>
    </message>
    <message>
        <source>Gewist, maar niet overal</source>
        <translation>Erased, but not everywhere</translation>
    </message>
    <message>
        <source>De persoon is gewist. Niet alles kon worden opgeschoond:

{0}</source>
        <translation>The person is erased. Not everything could be cleaned:

{0}</translation>
    </message>
    <message>
        <source>Niet gewist</source>
        <translation>Not erased</translation>
    </message>
    <message>
        <source>Persoon wissen</source>
        <translation>Erase person</translation>
    </message>
    <message>
        <source>Deze teksten noemen de persoon. Aangevinkte teksten worden opgeschoond (de naam, het e-mailadres of het telefoonnummer wordt vervangen); vink een tekst uit als die over iemand anders gaat.</source>
        <translation>These texts name the person. Checked texts are cleaned (the name, e-mail address or phone number is replaced); uncheck a text that is about someone else.</translation>
    </message>
    <message>
        <source>Ook het wijzigingslog, het logboek en alle reservekopieën worden opgeschoond. Ongedaan maken (Ctrl+Z) kan zolang WijkDesk open is; de reservekopieën blijven dan zonder deze persoon.</source>
        <translation>The change log, the log file and all backups are cleaned too. Undo (Ctrl+Z) works while WijkDesk is open; the backups then stay without this person.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Gewiste personen</source>
        <translation>Erased persons</translation>
    </message>
    <message>
        <source>Eerder gewiste personen konden niet opnieuw worden gewist: {0}</source>
        <translation>Persons erased before could not be erased again: {0}</translation>
    </message>
    <message>
        <source>{0} eerder gewiste persoon/personen (AVG) stonden weer in deze database, waarschijnlijk door een teruggezette oudere kopie, en zijn opnieuw gewist.</source>
        <translation>{0} person(s) erased before (GDPR) were back in this database, probably through an older copy that was restored, and have been erased again.</translation>
    </message>
    <message>
        <source>Database niet geopend</source>
        <translation>Database not opened</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Er ging iets mis in WijkDesk: {error}

Wat u eerder hebt opgeslagen, is bewaard: elke wijziging wordt meteen opgeslagen. Het laatste dat u deed, is misschien niet gelukt; controleer dat.

De details staan in het logboek:
{log}

Stuur dat bestand mee als u dit meldt.</source>
        <translation>Something went wrong in WijkDesk: {error}

What you saved before is kept: every change is saved at once. The last thing you did may not have worked; please check it.

The details are in the log:
{log}

Please send that file along when you report this.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: {message}</source>
        <translation>Not saved: {message}</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Onverwachte fout</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>Did not work</translation>
    </message>
    <message>
        <source>Niet opgeslagen: iemand anders was u voor</source>
        <translation>Not saved: someone else saved first</translation>
    </message>
    <message>
        <source>Wat u typte bij {0}:</source>
        <translation>What you typed in {0}:</translation>
    </message>
    <message>
        <source>Mijn wijziging toch opslaan</source>
        <translation>Save my change anyway</translation>
    </message>
    <message>
        <source>Mijn tekst kopiëren</source>
        <translation>Copy my text</translation>
    </message>
    <message>
        <source>Nieuwe versie houden</source>
        <translation>Keep the new version</translation>
    </message>
    <message>
        <source>Uw invoer staat nog in dit venster. Druk nogmaals op OK om die over de nieuwe versie heen op te slaan, of op Annuleren om de nieuwe versie te houden.</source>
        <translation>What you entered is still in this window. Press OK again to save it over the new version, or Cancel to keep the new version.</translation>
    </message>
    <message>
        <source>Overgenomen uit de nieuwe versie (u had ze niet gewijzigd): {0}.</source>
        <translation>Taken from the new version (you had not changed them): {0}.</translation>
    </message>
    <message>
        <source>Door u allebei gewijzigd; hier staat uw invoer: {0}.</source>
        <translation>Changed by both of you; this window shows what you entered: {0}.</translation>
    </message>
    <message>
        <source>Wat u zelf typte staat nog in dit venster. Druk nogmaals op OK om het op te slaan, of op Annuleren om de nieuwe versie te houden.</source>
        <translation>What you typed yourself is still in this window. Press OK again to save it, or Cancel to keep the new version.</translation>
    </message>
</context>
<context>
    <name>jaarverslag</name>
    <message>
        <source>Jaarverslag (pdf)…</source>
        <translation>Annual report (PDF)…</translation>
    </message>
    <message>
        <source>Het jaarverslag van een wijk (of van alle wijken) voor de wethouder en de gemeenteraad</source>
        <translation>The annual report of a neighbourhood (or of all) for the alderman and the council</translation>
    </message>
    <message>
        <source>Even geduld</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Er wordt al een jaarverslag gemaakt.</source>
        <translation>An annual report is being made already.</translation>
    </message>
    <message>
        <source>Jaarverslag {0} maken</source>
        <translation>Making annual report {0}</translation>
    </message>
    <message>
        <source>Het jaarverslag kan niet worden geschreven naar {0}: {1}</source>
        <translation>The annual report cannot be written to {0}: {1}</translation>
    </message>
    <message>
        <source>Jaarverslag opgeslagen: {0} ({1} pagina&apos;s)</source>
        <translation>Annual report saved: {0} ({1} pages)</translation>
    </message>
    <message>
        <source>; {0} foto(&apos;s) ontbreken (zie het verslag)</source>
        <translation>; {0} photo(s) missing (see the report)</translation>
    </message>
    <message>
        <source>Jaarverslag niet gemaakt</source>
        <translation>Annual report not made</translation>
    </message>
    <message>
        <source>Jaarverslag afgebroken; er is niets geschreven.</source>
        <translation>Annual report cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>in onderzoek</source>
        <translation>under study</translation>
    </message>
    <message>
        <source>gekozen</source>
        <translation>chosen</translation>
    </message>
    <message>
        <source>afgewezen</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>geparkeerd</source>
        <translation>parked</translation>
    </message>
    <message>
        <source>uitgevoerd</source>
        <translation>carried out</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>lopend</source>
        <translation>running</translation>
    </message>
    <message>
        <source>afgerond</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>gestopt</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>aangevraagd</source>
        <translation>requested</translation>
    </message>
    <message>
        <source>toegekend</source>
        <translation>granted</translation>
    </message>
    <message>
        <source>ingetrokken</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>verantwoord</source>
        <translation>accounted for</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>goedgekeurd</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>betaald</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>bewonersgroep</source>
        <translation>resident group</translation>
    </message>
    <message>
        <source>bewonersorganisatie</source>
        <translation>residents&apos; association</translation>
    </message>
    <message>
        <source>werkgroep</source>
        <translation>working group</translation>
    </message>
    <message>
        <source>contactpersoon</source>
        <translation>contact person</translation>
    </message>
    <message>
        <source>voorzitter</source>
        <translation>chair</translation>
    </message>
    <message>
        <source>secretaris</source>
        <translation>secretary</translation>
    </message>
    <message>
        <source>penningmeester</source>
        <translation>treasurer</translation>
    </message>
    <message>
        <source>lid</source>
        <translation>member</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>bewonersavond</source>
        <translation>residents&apos; evening</translation>
    </message>
    <message>
        <source>wijkcoalitie</source>
        <translation>neighbourhood coalition</translation>
    </message>
    <message>
        <source>geldig</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>vervangen</source>
        <translation>replaced</translation>
    </message>
</context>
<context>
    <name>laptops</name>
    <message>
        <source>Geen stemronde</source>
        <translation>No voting round</translation>
    </message>
    <message>
        <source>Kies eerst een stemronde in het tabblad Stemronde.</source>
        <translation>First choose a voting round in the Voting round tab.</translation>
    </message>
    <message>
        <source>Invoer bewaren voor een andere laptop</source>
        <translation>Save entries for another laptop</translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>{0} invoer(en) van &apos;{1}&apos; bewaard in {2}</source>
        <translation>{0} entries of &apos;{1}&apos; saved in {2}</translation>
    </message>
    <message>
        <source>Invoer van een andere laptop toevoegen</source>
        <translation>Add another laptop&apos;s entries</translation>
    </message>
    <message>
        <source>Niet toegevoegd</source>
        <translation>Not added</translation>
    </message>
    <message>
        <source>{0} invoer(en) toegevoegd; {1} waren er al.</source>
        <translation>{0} entries added; {1} were here already.</translation>
    </message>
    <message>
        <source>Invoer delen met een andere laptop</source>
        <translation>Share entries with another laptop</translation>
    </message>
    <message>
        <source>Invoer van de stemronde bewaren…</source>
        <translation>Save the voting round&apos;s entries…</translation>
    </message>
    <message>
        <source>Invoer van een andere laptop toevoegen…</source>
        <translation>Add another laptop&apos;s entries…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Tweede invoer door dezelfde persoon</source>
        <translation>Second entry by the same person</translation>
    </message>
</context>
<context>
    <name>pdf_actions</name>
    <message>
        <source>Niet gemaakt</source>
        <translation>Not made</translation>
    </message>
    <message>
        <source>Opgeslagen: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <source>Besluitenlijst opslaan</source>
        <translation>Save list of decisions</translation>
    </message>
    <message>
        <source>Geen toekenning</source>
        <translation>No grant</translation>
    </message>
    <message>
        <source>Kies eerst een toekenning in de lijst.</source>
        <translation>First choose a grant in the list.</translation>
    </message>
    <message>
        <source>Aanvraag opslaan</source>
        <translation>Save request</translation>
    </message>
    <message>
        <source>Geen stemronde</source>
        <translation>No voting round</translation>
    </message>
    <message>
        <source>Kies eerst een stemronde in het tabblad Stemronde.</source>
        <translation>First choose a voting round in the Voting round tab.</translation>
    </message>
    <message>
        <source>Stembiljetten</source>
        <translation>Ballots</translation>
    </message>
    <message>
        <source>Hoeveel stembiljetten? (ze krijgen nummer {0} en verder)</source>
        <translation>How many ballots? (they get number {0} and on)</translation>
    </message>
    <message>
        <source>Stembiljetten opslaan</source>
        <translation>Save ballots</translation>
    </message>
    <message>
        <source>Poster opslaan</source>
        <translation>Save poster</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Papieren van de avond (pdf)</source>
        <translation>Papers of the evening (PDF)</translation>
    </message>
    <message>
        <source>Proces-verbaal van de stemronde…</source>
        <translation>Official report of the voting round…</translation>
    </message>
    <message>
        <source>Stembiljetten om te knippen…</source>
        <translation>Ballots to cut out…</translation>
    </message>
    <message>
        <source>Stickerposters (één pagina per idee)…</source>
        <translation>Sticker posters (one page per idea)…</translation>
    </message>
    <message>
        <source>Poster &apos;Dit kiest de wijk&apos; (pdf en png)…</source>
        <translation>Poster &apos;The neighbourhood chooses&apos; (PDF and PNG)…</translation>
    </message>
    <message>
        <source>Besluitenlijst van de bijeenkomst…</source>
        <translation>List of decisions of the meeting…</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>WijkDesk kan niet starten</source>
        <translation>WijkDesk cannot start</translation>
    </message>
</context>
<context>
    <name>stemronde</name>
    <message>
        <source>Goedkeuring: kruisjes bij de ideeën die je steunt</source>
        <translation>Approval: tick the ideas you support</translation>
    </message>
    <message>
        <source>Budgetstembiljet: aangekruiste ideeën passen samen in het budget</source>
        <translation>Budget ballot: the ticked ideas fit the budget together</translation>
    </message>
    <message>
        <source>Punten: stickers verdelen</source>
        <translation>Points: spread stickers</translation>
    </message>
    <message>
        <source>Eén keuze</source>
        <translation>Choose one</translation>
    </message>
    <message>
        <source>Stembiljet voor stembiljet (papier)</source>
        <translation>Ballot by ballot (paper)</translation>
    </message>
    <message>
        <source>Telling per idee (handen, stickers)</source>
        <translation>Count per idea (hands, stickers)</translation>
    </message>
    <message>
        <source>Meeste stemmen (greedy)</source>
        <translation>Most votes (greedy)</translation>
    </message>
    <message>
        <source>Method of Equal Shares (eerlijke verdeling)</source>
        <translation>Method of Equal Shares (fair division)</translation>
    </message>
    <message>
        <source>Kosten (gebruikelijk)</source>
        <translation>Cost (usual)</translation>
    </message>
    <message>
        <source>Aantal ideeën</source>
        <translation>Number of ideas</translation>
    </message>
    <message>
        <source>Geen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Daarna meeste stemmen met wat over is</source>
        <translation>Then most votes with what is left</translation>
    </message>
    <message>
        <source>Aandeel per kiezer in stappen verhogen (zoals Assen)</source>
        <translation>Raise each voter&apos;s share in steps (as Assen did)</translation>
    </message>
    <message>
        <source>Goedkeuring (kruisjes)</source>
        <translation>Approval (ticks)</translation>
    </message>
    <message>
        <source>Budgetstembiljet</source>
        <translation>Budget ballot</translation>
    </message>
    <message>
        <source>Punten (stickers)</source>
        <translation>Points (stickers)</translation>
    </message>
    <message>
        <source>Stembiljetten</source>
        <translation>Ballots</translation>
    </message>
    <message>
        <source>Telling per idee</source>
        <translation>Count per idea</translation>
    </message>
    <message>
        <source>Meeste stemmen</source>
        <translation>Most votes</translation>
    </message>
    <message>
        <source>Method of Equal Shares</source>
        <translation>Method of Equal Shares</translation>
    </message>
    <message>
        <source>aandeel per kiezer in stappen verhogen</source>
        <translation>raise each voter&apos;s share in steps</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>open (regels vast)</source>
        <translation>open (rules locked)</translation>
    </message>
    <message>
        <source>uitslag vastgesteld</source>
        <translation>outcome fixed</translation>
    </message>
    <message>
        <source>vervangen</source>
        <translation>replaced</translation>
    </message>
    <message>
        <source>te duur: het hele budget is {0}</source>
        <translation>too expensive: the whole budget is {0}</translation>
    </message>
    <message>
        <source>past niet meer: nog {0} over</source>
        <translation>no longer fits: {0} left</translation>
    </message>
    <message>
        <source>te weinig steun: 1 voorstander heeft nog {0}</source>
        <translation>too little support: 1 supporter has {0} left</translation>
    </message>
    <message>
        <source>te weinig steun: {0} voorstanders hebben samen nog {1}</source>
        <translation>too little support: {0} supporters together have {1} left</translation>
    </message>
    <message>
        <source>geen stemmen</source>
        <translation>no votes</translation>
    </message>
    <message>
        <source>te duur: kost {0}, het hele budget is {1}</source>
        <translation>too expensive: costs {0}, the whole budget is {1}</translation>
    </message>
    <message>
        <source>past niet meer: nog {0} over, kost {1}</source>
        <translation>no longer fits: {0} left, costs {1}</translation>
    </message>
    <message>
        <source>te weinig steun: de enige voorstander heeft nog {0} over van het eigen deel, kost {1}</source>
        <translation>too little support: the only supporter has {0} left of their share, costs {1}</translation>
    </message>
    <message>
        <source>te weinig steun: de {0} voorstanders hebben samen nog {1} over van hun deel, kost {2}</source>
        <translation>too little support: the {0} supporters together have {1} left of their shares, costs {2}</translation>
    </message>
    <message>
        <source>handmatig niet gekozen: {0}</source>
        <translation>not chosen by hand: {0}</translation>
    </message>
    <message>
        <source>handmatig gekozen: {0}</source>
        <translation>chosen by hand: {0}</translation>
    </message>
    <message>
        <source>gekozen bij het aanvullen met meeste stemmen</source>
        <translation>chosen when topping up by most votes</translation>
    </message>
    <message>
        <source>niet gekozen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <source>{0} te veel: de aangekruiste ideeën kosten samen {1}.</source>
        <translation>{0} too much: the ticked ideas cost {1} together.</translation>
    </message>
    <message>
        <source>Nog {0} over van {1}.</source>
        <translation>{0} left of {1}.</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Wat als (vink ideeën aan of uit): {0} Past nog: {1}.</source>
        <translation>What if (tick ideas on or off): {0} Still fits: {1}.</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Opnieuw uitvoeren lukt niet</source>
        <translation>Redo failed</translation>
    </message>
    <message>
        <source>Ongedaan maken lukt niet</source>
        <translation>Undo failed</translation>
    </message>
</context>
</TS>
