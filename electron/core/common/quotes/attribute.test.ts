import { describe, expect, it } from 'vitest';
import { extractEntities } from '../entities/index.ts';
import { extractQuotes } from './index.ts';

/** Each quotation with its speaker's name (or null). */
function said(text: string): [string, string | null][] {
  return extractQuotes(text, extractEntities(text)).map((q) => [q.text, q.speaker?.name ?? null]);
}

describe('extractQuotes: who said it', () => {
  it('reads the attribution after a quotation, in either order, titles and appositives included', () => {
    const text =
      'Talla Brenvik chairs the council. Jane Okafor runs the port.\n\n' +
      '“We will rebuild the harbour,” said Ms. Okafor, a former engineer.\n\n' +
      '“It will take years,” Brenvik said. “But it will be done.”';
    expect(said(text)).toEqual([
      ['We will rebuild the harbour,', 'Jane Okafor'],
      ['It will take years,', 'Talla Brenvik'],
      ['But it will be done.', 'Talla Brenvik'],
    ]);
  });

  it('reads the attribution before a quotation: a verb, "according to", a partial quotation', () => {
    const text =
      'Jane Okafor said: “The vote is final.”\n\n' +
      'According to Talla Brenvik, “nothing has been decided.”\n\n' +
      'Okafor called the plan “a good start” on Monday.';
    expect(said(text)).toEqual([
      ['The vote is final.', 'Jane Okafor'],
      ['nothing has been decided.', 'Talla Brenvik'],
      ['a good start', 'Jane Okafor'],
    ]);
  });

  it('resolves pronouns to the person quoted last, and a definite role to the one named last', () => {
    const text =
      'Jane Okafor spoke first. “We are ready,” she said.\n\n' +
      'In 2020, backed by the Brenvik Group, she called it “a fair deal.”\n\n' +
      'Veltrix Shipping declined. “We have no comment,” the company said.';
    expect(said(text)).toEqual([
      ['We are ready,', 'Jane Okafor'],
      ['a fair deal.', 'Jane Okafor'],
      ['We have no comment,', 'Veltrix Shipping'],
    ]);
  });

  it('takes "he said" as the one reported speaking without quotation marks since, not a name in their clause', () => {
    const text =
      '“Prices will fall,” said Jane Okafor.\n\n' +
      'Demand has held up, said Tomas Reyes, who covers retail at the firm of Anders Holm. ' +
      'In a few years, he said, “nobody will remember the old shops.”\n\n' +
      'Okafor said Reyes’s view was “too hopeful,” and she said so again.';
    expect(said(text)).toEqual([
      ['Prices will fall,', 'Jane Okafor'],
      ['nobody will remember the old shops.', 'Tomas Reyes'],
      ['too hopeful,', 'Jane Okafor'],
    ]);
  });

  it('reads "according to X" after the quotation, a title or a place before the name included', () => {
    const text =
      'Causes remain unclear, but “warm water and a falling tide” play a part, according to the Nordic Port Authority.';
    expect(said(text)).toEqual([['warm water and a falling tide', 'Nordic Port Authority']]);
  });

  it('does not carry a speaker into a heading that opens with a quotation', () => {
    const text =
      '“The ships are late,” said Talla Brenvik.\n\n' + '‘Record’ crossings\n\n' + 'The ferry crossed twice on Monday.';
    expect(said(text)).toEqual([['The ships are late,', 'Talla Brenvik']]);
  });

  it('continues a speaker into a paragraph that opens with a quotation, and leaves the unnamed unnamed', () => {
    const text =
      '“The ships are late,” said Talla Brenvik.\n\n' +
      '“We expect them on Friday, weather permitting.”\n\n' +
      '“Nobody told us anything at all,” an official said.';
    expect(said(text)).toEqual([
      ['The ships are late,', 'Talla Brenvik'],
      ['We expect them on Friday, weather permitting.', 'Talla Brenvik'],
      ['Nobody told us anything at all,', null],
    ]);
  });

  it('leaves scare quotes, names and titles out, even with a comma or full stop inside the marks', () => {
    expect(said('The so-called “deal” was signed. She sang “Silver Coast Morning” at the gala.')).toEqual([]);
    const text =
      'Jane Okafor, a writer for the “plain-speaking” magazine, visited a segment called “Harbour Hour” ' +
      'and the “Blue Gate” market. In her novel “Salt Roads,” Okafor wrote about the “so-called” port, ' +
      'dubbed a “floating city” by sailors.';
    expect(said(text)).toEqual([]);
  });

  it('keeps a quoted word that reports someone’s words, and drops one that describes a noun', () => {
    const text =
      'Jane Okafor said the plan was “reckless” and called it “a gamble.”\n\n' +
      'Talla Brenvik defended the “temporary” closure of his modest “seasonal” shop.';
    expect(said(text)).toEqual([
      ['reckless', 'Jane Okafor'],
      ['a gamble.', 'Jane Okafor'],
    ]);
  });

  it('reads participles, a clause-final "said X", a shared attribution and "X: ‘…’" headlines', () => {
    const text =
      'Jane Okafor: ‘We will not close the port’\n\n' +
      'Talla Brenvik posted to Harbourline, asking whether “anyone checked the tides?”\n\n' +
      'The port has seen “very little investment” in recent years, said Tomas Reyes, an economist.\n\n' +
      'Shipping, “tourism and fishing” and trade “will all suffer,” according to the Nordic Port Authority.\n\n' +
      'Warning that “the season is lost,” Mayor Anders Holm closed the beach.';
    expect(said(text)).toEqual([
      ['We will not close the port', 'Jane Okafor'],
      ['anyone checked the tides?', 'Talla Brenvik'],
      ['very little investment', 'Tomas Reyes'],
      ['tourism and fishing', 'Nordic Port Authority'],
      ['will all suffer,', 'Nordic Port Authority'],
      ['the season is lost,', 'Anders Holm'],
    ]);
  });

  it('prefers the speaker a sentence quotes over an outlet that reported it, and "according to" anywhere', () => {
    const text =
      'Jane Okafor said in a memo that the “old prices are gone” for good, the Harbour Gazette reported.\n\n' +
      'According to Talla Brenvik, the plan was “a mistake” and, worse, “a waste.”';
    expect(said(text)).toEqual([
      ['old prices are gone', 'Jane Okafor'],
      ['a mistake', 'Talla Brenvik'],
      ['a waste.', 'Talla Brenvik'],
    ]);
  });

  it('reads a long appositive, "commented:" and "said the actor."', () => {
    const text =
      'Talla Brenvik runs the study.\n\n' +
      '“The tides were higher than expected,” Jane Okafor, a fellow at the Institute of the Sea in Lisbon, ' +
      'Portugal, and co-author of the study, said in a statement.\n\n' +
      'Tomas Reyes, a professor at the Harbour School, commented: “It is a careful piece of work.”\n\n' +
      'Anders Holm stars in the film. “It was the best summer of my life,” said the actor.';
    expect(said(text)).toEqual([
      ['The tides were higher than expected,', 'Jane Okafor'],
      ['It is a careful piece of work.', 'Tomas Reyes'],
      ['It was the best summer of my life,', 'Anders Holm'],
    ]);
  });

  it('gives a statement’s words to whoever issued it', () => {
    const text =
      'Talla Brenvik criticised the ferry operator on Monday. Veltrix Shipping denied the claims in a statement.\n\n' +
      '“We regret the delay but reject the accusation,” the statement read. “Crossings resume on Friday.”';
    expect(said(text)).toEqual([
      ['We regret the delay but reject the accusation,', 'Veltrix Shipping'],
      ['Crossings resume on Friday.', 'Veltrix Shipping'],
    ]);
  });

  it('finds "the department" by its name and gives a written source nobody', () => {
    const text =
      'Veltrix Shipping and the Department of Harbours met on Monday. The closure was described as ' +
      '“regrettable” by the department.\n\nThe report from the meeting reads, “No decision was taken.”';
    expect(said(text)).toEqual([
      ['regrettable', 'Department of Harbours'],
      ['No decision was taken.', null],
    ]);
  });

  it('reads "she" by a title before a surname, even beside a man of that name', () => {
    // "Mrs Okafor" is not Tomas Okafor (the entity list keeps them apart), and "she" is the one titled so.
    const text = 'Tomas Okafor and Talla Brenvik met at the port. Mrs Okafor spoke first. “It was hard,” she said.';
    expect(said(text)).toEqual([['It was hard,', 'Okafor']]);
  });

  it('answers an interviewer’s question with whom it asks about, not whom it mentions', () => {
    const text =
      'Talla Brenvik has run the port since May. “We work nights,” she said.\n\n' +
      'Was she a fan of Jane Okafor before she took over?\n\n' +
      '“I admired what was built here.”';
    expect(said(text)).toEqual([
      ['We work nights,', 'Talla Brenvik'],
      ['I admired what was built here.', 'Talla Brenvik'],
    ]);
  });

  it('reads "she says" set inside the sentence, and a paragraph after a question naming him', () => {
    const text =
      'Jane Okafor sold fish for years. Her father, she says, ran the stall, and when her sons told the buyers, ' +
      '“the stall was closing.”\n\n' +
      'Tomas Reyes bought it. “It was a bargain,” Okafor said.\n\n' +
      'What did Reyes say after the sale?\n\n' +
      '“I was glad. The boats were old and so was I.”';
    expect(said(text)).toEqual([
      ['the stall was closing.', 'Jane Okafor'],
      ['It was a bargain,', 'Jane Okafor'],
      ['I was glad. The boats were old and so was I.', 'Tomas Reyes'],
    ]);
  });

  it('reads "said X" after titles, a participle after the clause, a surname that is a word, and "the 56-year-old"', () => {
    const text =
      'Cmdr. Jane Okafor, a spokesperson for the Harbour Fleet, told reporters the report “is plainly wrong.”\n\n' +
      '“We all miss the old port,” Tomas Reyes weighed in, telling Okafor, “it was our home.”\n\n' +
      'Tomas Cook follows the trade closely. “Prices will rise,” says Cook.\n\n' +
      'Anders Holm took over in May. The 56-year-old said after his appointment: “I am glad to be here.”\n\n' +
      '“We start at dawn,” explains Harbour Fleet Team Leader Talla Brenvik.';
    expect(said(text)).toEqual([
      ['is plainly wrong.', 'Jane Okafor'],
      ['We all miss the old port,', 'Tomas Reyes'],
      ['it was our home.', 'Tomas Reyes'],
      ['Prices will rise,', 'Tomas Cook'],
      ['I am glad to be here.', 'Anders Holm'],
      ['We start at dawn,', 'Talla Brenvik'],
    ]);
  });

  it('keeps "he" with the last speaker over a man spoken to, and lists a subheading that is only a quotation', () => {
    const text =
      '“The deal is done,” said Tomas Reyes. Reyes then told Anders Holm about the plan.\n\n' +
      '“We start on Monday,” he said.\n\n' +
      '2. “Not a private channel”\n\n' +
      'Holm said his role was “the official channel,” and nothing else.';
    expect(said(text)).toEqual([
      ['The deal is done,', 'Tomas Reyes'],
      ['We start on Monday,', 'Tomas Reyes'],
      ['Not a private channel', null],
      ['the official channel,', 'Anders Holm'],
    ]);
  });

  it('keeps short sentences with one capital, a phrase before a participle, and a source named with "according to"', () => {
    const text =
      'Tomas Reyes sold the boat in May. “That was it,” Reyes said.\n\n' +
      'Jane Okafor called that a “very modest adjustment” driven by the tides.\n\n' +
      'He estimated the cost at two million, adding: “Cancel the order!”\n\n' +
      'Talla Brenvik wrote a letter with the subject line “The port is broken,” calling the board out.\n\n' +
      'Anders Holm studies harbours. The results, according to Holm, were mixed.\n\n' +
      '“An ideal harbour would be deeper,” he said.';
    expect(said(text)).toEqual([
      ['That was it,', 'Tomas Reyes'],
      ['very modest adjustment', 'Jane Okafor'],
      ['Cancel the order!', 'Tomas Reyes'],
      ['The port is broken,', 'Talla Brenvik'],
      ['An ideal harbour would be deeper,', 'Anders Holm'],
    ]);
  });

  it('follows a person whose surname is also a word ("Roof said") through pronouns', () => {
    const text =
      'Jane Okafor testified first. Talla Roof fixed the harbour wall. In court, Roof said of Okafor, “I did not see her.”\n\n' +
      'He also said: “I am sorry for the delay.”';
    expect(said(text)).toEqual([
      ['I did not see her.', 'Talla Roof'],
      ['I am sorry for the delay.', 'Talla Roof'],
    ]);
  });

  it('takes the speaker before "told" over the outlet told, and a title before a lone surname', () => {
    const text =
      'The board met on Monday. Ms Brenvik told Radio Harbour Live: "We will appeal. "The ruling is wrong."\n\n' +
      'Lord Veldhaven, leader of Kestrava County Council, told the Morning Programme: "We are going to court."';
    expect(said(text)).toEqual([
      ['We will appeal.', 'Brenvik'],
      ['The ruling is wrong.', 'Brenvik'],
      ['We are going to court.', 'Veldhaven'],
    ]);
  });

  it('reads a speaker described rather than named, and one named with the firm they work for', () => {
    const text =
      'Talla Brenvik founded the Harbour Trust.\n\n' +
      'The veteran actor, whose films include Tomas Reyes and Salt Roads, said: "The theatre must stay open."\n\n' +
      'Shares rose. Analyst Anders Holm at Kestrel Partners described the results as "pretty modest".\n\n' +
      '"We looked hard for the right person," said Veltrix chief executive Jane Okafor.';
    expect(said(text)).toEqual([
      ['The theatre must stay open.', 'Talla Brenvik'],
      ['pretty modest', 'Anders Holm'],
      ['We looked hard for the right person,', 'Jane Okafor'],
    ]);
  });

  it('gives "the winger" or "the 21-year-old" to the one written about, not to whom they spoke', () => {
    const text =
      'Tomas Reyes thought he was talking to Veltrix sporting director Anders Holm.\n\n' +
      '"I wish I played for Veltrix," the winger told Radio Harbour. ' +
      '"I love the way they play," the 21-year-old added.';
    expect(said(text)).toEqual([
      ['I wish I played for Veltrix,', 'Tomas Reyes'],
      ['I love the way they play,', 'Tomas Reyes'],
    ]);
  });

  it('keeps "he" with the last speaker when a description points back at him past another name', () => {
    const text =
      '"They made a mistake," Tomas Reyes said of the club.\n\n' +
      'But Anders Holm insisted he sold the defender for a good fee. The affair still rankles with the Dutchman.\n\n' +
      '"I was settled there," he said.';
    expect(said(text).at(-1)).toEqual(['I was settled there,', 'Tomas Reyes']);
  });

  it('takes "he" from the subject of the nearest sentence, and from a name set off by commas that spoke', () => {
    const text =
      'Okafor firm over Reyes\n\n' +
      'But Anders Okafor, speaking on the radio, also admits Tomas Reyes, who has been linked with Veltrix, will decide. ' +
      'He told Radio Harbour: "Tomas is above money."\n\n' +
      'Director, Piet Holm, said applications had not fallen. He told the Morning Show: "Our courses are popular."';
    expect(said(text)).toEqual([
      ['Tomas is above money.', 'Anders Okafor'],
      ['Our courses are popular.', 'Piet Holm'],
    ]);
  });

  it('does not attribute a quotation closed by a full stop to the sentence after it', () => {
    const text =
      '"We will raise prices," said Jane Okafor, the minister. "The sooner the better." ' +
      'The correspondent in the capital, Tomas Reyes, told the World Desk that protests were likely.';
    expect(said(text)).toEqual([
      ['We will raise prices,', 'Jane Okafor'],
      ['The sooner the better.', 'Jane Okafor'],
    ]);
  });

  it('reads "said the director behind X" and "said Acme\' Jane Doe", and a reported claim after a closed quotation', () => {
    const text =
      'Anders Holm hoped for more. "Europeans see me differently," said the director behind Salt Roads and Tide.\n\n' +
      'It is not worth showing "non-essential" scenes, said PBS\' Jane Okafor.\n\n' +
      'Judge Talla Brenvik ruled on Monday. "The business is in Kestrava," Judge Brenvik said in her ruling. ' +
      '"Such activities need the state." Veltrix had argued that a court could decide.';
    expect(said(text)).toEqual([
      ['Europeans see me differently,', 'Anders Holm'],
      ['non-essential', 'Jane Okafor'],
      ['The business is in Kestrava,', 'Talla Brenvik'],
      ['Such activities need the state.', 'Talla Brenvik'],
    ]);
  });

  it('gives a phrase quoted inside reported speech to its speaker, and a colon after a verb opens the next quotation', () => {
    const text =
      'Spokesman Tomas Reyes said instead of the "bonfire of rules" the Harbour Party had promised, there was an "explosion".\n\n' +
      'Anders Holm left. He accused the board of using him as "a stalking horse" to attract bids, but Okafor explained: ' +
      '"Anders was never used."';
    expect(said(text)).toEqual([
      ['bonfire of rules', 'Tomas Reyes'],
      ['explosion', 'Tomas Reyes'],
      ['a stalking horse', 'Anders Holm'],
      ['Anders was never used.', 'Okafor'],
    ]);
  });

  it('takes "he" for the one person a sentence since the last quotation is about, even as its object', () => {
    const text =
      '"I told him to behave," Tomas Reyes said on Saturday.\n\n' +
      'Those claims were put to Anders Holm after the game at Kestrava. At first he said only: "Nothing happened."';
    expect(said(text)).toEqual([
      ['I told him to behave,', 'Tomas Reyes'],
      ['Nothing happened.', 'Anders Holm'],
    ]);
  });

  it('keeps a quotation running over paragraphs with its speaker, and reads a sentence by its pronoun subject', () => {
    const text =
      'But Holm added: "There were no bids for Tomas Reyes. Nobody came to me and said they would buy Tomas Reyes.\n\n' +
      '"If a bid comes in, I will speak to the board."\n\n' +
      '"We wanted actors people know," Jane Okafor told reporters. But she has met Piet Vos and Lars Berg.\n\n' +
      '"I did not want to reveal names."';
    expect(said(text)).toEqual([
      ['There were no bids for Tomas Reyes. Nobody came to me and said they would buy Tomas Reyes.', 'Holm'],
      ['If a bid comes in, I will speak to the board.', 'Holm'],
      ['We wanted actors people know,', 'Jane Okafor'],
      ['I did not want to reveal names.', 'Jane Okafor'],
    ]);
  });

  it('reads the subject after an opening phrase and before a relative clause', () => {
    const text =
      'Road safety is debated.\n\n' +
      'In an article for a newspaper, Ms Okafor, who chairs the Harbour Select Committee, says: "Speed kills."';
    expect(said(text)).toEqual([['Speed kills.', 'Okafor']]);
  });

  it('reads an office after the person named last, a band inside a role phrase, and a role ending in "story"', () => {
    const text =
      'His words met a cool reception from Jane Okafor. The French president told reporters: "We must unite."\n\n' +
      'Rock star Tomas Reyes is quitting the show. "I did not like the cameras," the Harbour Band singer told reporters.\n\n' +
      'Talla Brenvik posted a photo. "Send kind letters," the Salt Story actress wrote.';
    expect(said(text)).toEqual([
      ['We must unite.', 'Jane Okafor'],
      ['I did not like the cameras,', 'Tomas Reyes'],
      ['Send kind letters,', 'Talla Brenvik'],
    ]);
  });

  it('reads a title set off by a comma, an appositive before the verb, and an unnamed spokesman', () => {
    const text =
      '"There is no reason for delay," said Veltrix Trust technology director, Jane Okafor.\n\n' +
      'Analyst Tomas Reyes, director of the Kestrel consulting group, said prices were "uncharted territory".\n\n' +
      'The Kestrava Executive faces claims heard by the Court of Session. An executive spokesman said: "We will study it."';
    expect(said(text)).toEqual([
      ['There is no reason for delay,', 'Jane Okafor'],
      ['uncharted territory', 'Tomas Reyes'],
      ['We will study it.', 'Kestrava Executive'],
    ]);
  });

  it('gives a report nobody brought in to the organisation that last opened a sentence', () => {
    const text =
      'The Veltrix Audit Office urged ministers to act. It said states must be accountable. ' +
      'The report said: "States still do not report fraud."';
    expect(said(text)).toEqual([['States still do not report fraud.', 'Veltrix Audit Office']]);
  });

  it('reads "Said Mr X:", a title taken for a name before the person, and "he" after the one person named since', () => {
    const text =
      'Veltrix makes screens. Said Mr Okafor: "It is very much a computer." ' +
      'One dissenting view came from Tomas Reyes, an analyst at Kestrel. He said: "It changes nothing."\n\n' +
      'Harbour Finance Minister, Anders Holm, said: "We added funds."';
    expect(said(text)).toEqual([
      ['It is very much a computer.', 'Okafor'],
      ['It changes nothing.', 'Tomas Reyes'],
      ['We added funds.', 'Anders Holm'],
    ]);
  });

  it('reads "the council\'s spokesperson" and an analyst named before the firm she works at', () => {
    const text =
      'Veltrix Shipping grew. The Kestrava Film Council said the drop was expected.\n\n' +
      '"Nobody could beat that year," the council\'s spokesperson said.\n\n' +
      '"There is a whiff of a sweetener," Jane Okafor, an analyst at Veltrix Shipping told the World Desk.';
    expect(said(text)).toEqual([
      ['Nobody could beat that year,', 'Kestrava Film Council'],
      ['There is a whiff of a sweetener,', 'Jane Okafor'],
    ]);
  });

  it('gives "the presenter" to whoever the article introduced as presenter, not to the guest named last', () => {
    const text =
      'Radio presenter Tomas Reyes interviewed Jane Okafor on Monday. Okafor talked about her boat.\n\n' +
      '“Is it seaworthy?” the presenter asked.';
    expect(said(text)).toEqual([['Is it seaworthy?', 'Tomas Reyes']]);
  });

  it('reads a writing from a named source, in an inverted clause and after "according to"', () => {
    const text =
      'Veltrix Capital advises banks. Markets rose on Monday.\n\n' +
      '"Freight volumes will climb," said a note from Veltrix Capital.\n\n' +
      'Harbour traffic could double "within a decade", according to a 2019 study by the Kestrava Institute.';
    expect(said(text)).toEqual([
      ['Freight volumes will climb,', 'Veltrix Capital'],
      ['within a decade', 'Kestrava Institute'],
    ]);
  });

  it('gives a quotation to the lead author of "X and her colleagues wrote"', () => {
    const text =
      'Jane Okafor studies reefs. Tomas Reyes disagrees.\n\n' +
      '"The reef recovers within years," Okafor and her colleagues wrote in the journal.';
    expect(said(text)).toEqual([['The reef recovers within years,', 'Jane Okafor']]);
  });

  it('gives "she said" after an unnamed spokeswoman to her organisation, and "he said" after an unnamed source to nobody', () => {
    const text =
      'Jane Okafor leads the dockers. A second walkout is planned, a spokeswoman for the Veltrix Dockers Union said on Monday.\n\n' +
      '"The members voted for it," she said.\n\n' +
      'Tomas Reyes built the ferry. The hull had cracked, a source close to the inquiry told a newspaper.\n\n' +
      '"Nobody checked the welds," he said.';
    expect(said(text)).toEqual([
      ['The members voted for it,', 'Veltrix Dockers Union'],
      ['Nobody checked the welds,', null],
    ]);
  });

  it('reads "the airline said" as the airline, and "the club\'s coach" as the person', () => {
    const text =
      'Kestrava Air cancelled flights. Its chief, Tomas Reyes, flew out.\n\n' +
      '"All passengers will be rebooked," the airline said.\n\n' +
      'Jane Okafor of Brenvik Rowing spoke next. "We train at dawn," the club\'s coach added.';
    expect(said(text)).toEqual([
      ['All passengers will be rebooked,', 'Kestrava Air'],
      ['We train at dawn,', 'Jane Okafor'],
    ]);
  });

  it('gives "says Acme\'s engineer Jane Doe" to her, and a verbless "“…,” Jane Doe, head of research." to her', () => {
    const text =
      'Tomas Reyes founded the boatyard in 1998.\n\n' +
      '“We built it in a shed,” says Reyes’s long-time engineer Jane Okafor, who joined early.\n\n' +
      'Crowds came every weekend. “The town has been generous,” Talla Brenvik, head of research at the yard. ' +
      '“Nobody expected it.”\n\nThe yard’s “guardian,” Anders Holm, was also listed.';
    expect(said(text)).toEqual([
      ['We built it in a shed,', 'Jane Okafor'],
      ['The town has been generous,', 'Talla Brenvik'],
      ['Nobody expected it.', 'Talla Brenvik'],
    ]);
  });

  it('takes "he" for a man who opens a clause after "but", over the last speaker', () => {
    const text =
      '“The ferry is not ready,” said Tomas Reyes.\n\n' +
      'The delays worried investors, but Vadim Holm, at the launch, took a calmer view. ' +
      '“Ships are always late,” he said.';
    expect(said(text)).toEqual([
      ['The ferry is not ready,', 'Tomas Reyes'],
      ['Ships are always late,', 'Vadim Holm'],
    ]);
  });

  it('reads "went on to assert", "did note", "had written" and "In Dr. X\'s words"; "one user wrote" is nobody', () => {
    const text =
      'Tomas Reyes picked Anders Holm.\n\n' +
      'Reyes went on to assert Holm “would make a fine treasurer,” but gave no date. ' +
      'Jane Okafor, however, did note that Holm had passed the audit “without a single query.”\n\n' +
      'In the minutes, Talla Brenvik had written, “The vote was unanimous.”\n\n' +
      'In Dr. Okafor’s words, “Could the tide have turned sooner?”\n\n' +
      '“He answers every question,” one user wrote on the forum.';
    expect(said(text)).toEqual([
      ['would make a fine treasurer,', 'Tomas Reyes'],
      ['without a single query.', 'Jane Okafor'],
      ['The vote was unanimous.', 'Talla Brenvik'],
      ['Could the tide have turned sooner?', 'Jane Okafor'],
      ['He answers every question,', null],
    ]);
  });

  it('takes "he told" for the subject of a live-blog entry after one reported speaking before it', () => {
    const text =
      '09.50 Tomas Reyes, our correspondent, explains the likeliest cause:\n\n' +
      'The moorings may have snapped.\n\n' +
      '09.20 Anders Holm, the harbour master, has been speaking at the quay.\n\n' +
      '"The swell will stay high tonight," he told the crowd.';
    expect(said(text)).toEqual([['The swell will stay high tonight,', 'Anders Holm']]);
  });

  it('gives a quotation introduced by "Jane Doe paused:" to her, with or without "she tells" after it', () => {
    const text =
      'Talla Brenvik built the first lighthouse. Asked to restore it, Jane Okafor paused: ' +
      '"I was scared of heights!" she tells a magazine.\n\n' +
      'Tomas Reyes agreed. But Okafor soon came round: "I could not say no."';
    expect(said(text)).toEqual([
      ['I was scared of heights!', 'Jane Okafor'],
      ['I could not say no.', 'Jane Okafor'],
    ]);
  });

  it('takes "he said" for the subject that opens the sentence before, not a man it names later, and "X was asked" for X', () => {
    const text =
      'Tomas Reyes lost the chess final to Anders Holm. Holm has now outplayed Reyes in four of their six games.\n\n' +
      '"I kept my queen back," he said.\n\n' +
      'Tomas Reyes is the chairman. Dr Anders Holm was asked whether Reyes would sell the clubhouse. ' +
      '"We are raising the money now."';
    expect(said(text)).toEqual([
      ['I kept my queen back,', 'Anders Holm'],
      ['We are raising the money now.', 'Anders Holm'],
    ]);
  });

  it('reads an appositive with an initialism, "the group" an organisation was introduced as, and a role that spoke', () => {
    const text =
      'Commissioner Jane Okafor, who runs the U.N.’s port office, said inspectors were trying “to trace every cargo.”\n\n' +
      'A consumer group, the Kestrava Consumers Association, wrote to the Veltrix Agency. ' +
      'But the group said the fees were “hidden in small print.”\n\n' +
      'Harbour warden Tomas Reyes backed the curfew. Anders Holm, who runs the kiosk, ignored it. ' +
      'The kiosk was shut at nine, the warden said.\n\n' +
      '“People had asked for quiet,” he said.\n\n' +
      'Anders Holm said the levy was unfair. Jane Okafor disagreed.\n\n' +
      '“Nobody owes the council” a penny more, he said.';
    expect(said(text)).toEqual([
      ['to trace every cargo.', 'Jane Okafor'],
      ['hidden in small print.', 'Kestrava Consumers Association'],
      ['People had asked for quiet,', 'Tomas Reyes'],
      ['Nobody owes the council', 'Anders Holm'],
    ]);
  });

  it('keeps a pronoun that opens the sentence as the subject of its later verbs, past the names they take', () => {
    const text =
      'Jane Okafor ran the harbour office. Tomas Reyes called it twice.\n\n' +
      'At the meeting, he praised the budget, called Okafor a “magician” and added, “she should run the port.”\n\n' +
      'Anders Holm leads the fishermen. He pressed Okafor to sign the lease, saying “the season starts soon.”';
    expect(said(text)).toEqual([
      ['magician', 'Tomas Reyes'],
      ['she should run the port.', 'Tomas Reyes'],
      ['the season starts soon.', 'Anders Holm'],
    ]);
  });

  it('leaves a role the article brought in with "a" and never named to nobody', () => {
    const text =
      'Jane Okafor was painting the hull when a surveyor from the registry came by.\n\n' +
      '“Is this your boat?” the surveyor asked.';
    expect(said(text)).toEqual([['Is this your boat?', null]]);
  });

  it('gives "he says" after an unnamed worker who opened the sentence before to nobody', () => {
    const text =
      'Tomas Reyes was still on the pier when the fire started.\n\n' +
      'Minutes later, a worker at the gate raises the alarm. “Smoke in the warehouse,” he says.';
    expect(said(text)).toEqual([['Smoke in the warehouse,', null]]);
  });

  it('reads "she" from the pronouns of the sentences a person opens, over a given-name list', () => {
    const text =
      'Kim Holm played first. Taylor Brenvik then wrote to the label, asking it to let her play her old songs.\n\n' +
      '“I only want to sing,” she said.';
    expect(said(text)).toEqual([['I only want to sing,', 'Taylor Brenvik']]);
  });

  it('reads a habit of speech ("he’d respond", "she would say") and a quotation signed with a dash', () => {
    const text =
      'Tomas Okafor was a hard editor. When writers asked for more, he’d respond, “Less is more.”\n\n' +
      'Ada Brenvik agreed. “Cut it again,” she would say.\n\n' +
      '“He never explained a joke twice.” — Anders Holm\n\n' +
      'The books sold well.';
    expect(said(text)).toEqual([
      ['Less is more.', 'Tomas Okafor'],
      ['Cut it again,', 'Ada Brenvik'],
      ['He never explained a joke twice.', 'Anders Holm'],
    ]);
  });

  it('gives words of unnamed people to nobody: a plural ("officers announced"), "one expert", "the victim’s mother"', () => {
    const text =
      'Tomas Okafor was found at the motel.\n\n' +
      '“The room is clear,” officers announced on their radios.\n\n' +
      '“Nobody is above the law,” said one legal expert. “He faces a long trial,” the expert warned.\n\n' +
      'The victim’s mother testified, describing her son as “calm and kind” before the court.';
    expect(said(text)).toEqual([
      ['The room is clear,', null],
      ['Nobody is above the law,', null],
      ['He faces a long trial,', null],
      ['calm and kind', null],
    ]);
  });

  it('gives "he said" after "a spokesman for the ministry" to the ministry the article named', () => {
    const text =
      'Officials from the Kestrava Transport Ministry reached the pier at dawn. ' +
      'A spokesman for the ministry said two boats were out. “The wind turned in minutes,” he said.';
    expect(said(text)).toEqual([['The wind turned in minutes,', 'Kestrava Transport Ministry']]);
  });

  it('gives an organisation the words after a sentence it opens and speaks in, and after "a company spokesman said"', () => {
    const text =
      'Regulators fined Veltrix Capital in May.\n\n' +
      'Veltrix Capital has denied any wrongdoing. “Nothing in these files shows we broke a rule.”\n\n' +
      '“We will appeal,” a company spokesman said in a statement.\n\n' +
      'Kestrava President Ada Brenvik denounced the fine as “an unfair act.”';
    expect(said(text)).toEqual([
      ['Nothing in these files shows we broke a rule.', 'Veltrix Capital'],
      ['We will appeal,', 'Veltrix Capital'],
      ['an unfair act.', 'Ada Brenvik'],
    ]);
  });

  it('hears a manner of speaking as speech: laughed, muttered, reckoned', () => {
    const text =
      'Jane Okafor and Tomas Reyes met at the quay.\n\n' +
      '“Nobody told us,” Okafor laughed.\n\n' +
      '“We will see,” Reyes muttered, shaking his head.\n\n' +
      'Okafor reckoned: “It could take a year.”';
    expect(said(text)).toEqual([
      ['Nobody told us,', 'Jane Okafor'],
      ['We will see,', 'Tomas Reyes'],
      ['It could take a year.', 'Jane Okafor'],
    ]);
  });

  it("gives 'the <organisation> leader said' to whoever holds the role, and a spokesman's words to the organisation", () => {
    const text =
      'Harbour Party leader Tomas Okafor spoke first. Ada Holm of Veltrix Capital listened.\n\n' +
      'The Harbour Party leader went on: “He does not stop there.”\n\n' +
      'The Veltrix Capital spokesman said: “We had no choice.”\n\n' +
      'The Veltrix Capital group has said there is “no need” to worry.';
    expect(said(text)).toEqual([
      ['He does not stop there.', 'Tomas Okafor'],
      ['We had no choice.', 'Veltrix Capital'],
      ['no need', 'Veltrix Capital'],
    ]);
  });

  it('gives the words of a group of people ("wrote the judges") to nobody the list names', () => {
    const text =
      'The judges, who included Tomas Okafor, were full of praise.\n\n' +
      '“It is a triumph,” wrote the judges.\n\n' +
      'The organisers called it “a record year”, Okafor said.\n\n' +
      '“We will build,” Okafor said. “It will serve the whole town.” The US has said it agrees.';
    expect(said(text)).toEqual([
      ['It is a triumph,', null],
      ['a record year', 'Tomas Okafor'],
      ['We will build,', 'Tomas Okafor'],
      ['It will serve the whole town.', 'Tomas Okafor'],
    ]);
  });
});
