// Stories written for the tests of how chat users ask about kinds of news the public sets barely
// cover: a replay report typeset with an en dash, a company's results beside a council's and a
// rival's figures, a research study, a pay dispute and a deal on leave.
export const REPLAY_REPORT = [
  'title: Brackwell United edge Corran Town in cup replay\ndate: 2025-02-05',
  'Brackwell United beat Corran Town 2–1 in their fourth round replay at Fennick Road on Tuesday night.',
  'Brackwell took the lead through Marcus Tillery after 20 minutes, and Corran equalised through a header from Owen Blackwood just before the break.',
  'Midfielder Sean Ruddock came on in the 70th minute and scored the winner eight minutes later with a shot from 25 yards.',
  'Brackwell will face Sallow Rovers in the fifth round. The tie will be played at Fennick Road on February 15.',
].join('\n\n');

export const RESULTS_STORY = [
  'title: Harlow Foods slumps to loss as costs soar\ndate: 2025-04-15',
  'Supermarket chain Harlow Foods made a loss of £40m in the year to March, compared with a profit of £12m a year earlier.',
  'Chief executive Martin Okoye said the results were disappointing. "We have had a very tough year," he said.',
  'Harlow plans to close 15 stores and cut 600 jobs. Harlow shares fell 9% to 112p.',
  'Rival Penrose Markets reported a profit of £85m for the same period. Meanwhile Bexley council said it had lost £3m in business rates after Harlow closed its warehouse in the town last year.',
].join('\n\n');

export const STUDY_STORY = [
  'title: Daily walk cuts heart risk in older adults, study finds\ndate: 2025-03-10',
  'A brisk 20-minute walk each day could lower the risk of heart disease in people over 65 by almost a fifth, according to new research.',
  'Researchers at the University of Dunmere studied 4,200 adults aged between 65 and 80 over eight years.',
  'Lead author Dr Priya Castellan, of the University of Dunmere, said the results were encouraging.',
].join('\n\n');

export const PAY_DISPUTE = [
  'title: Tram drivers reject pay offer as strike looms\ndate: 2025-05-20',
  'Tram drivers in Westmarch have rejected a 4% pay offer from operator CityLink Trams, paving the way for a week-long strike next month.',
  'CityLink Trams said it was disappointed and that the offer was fair.',
].join('\n\n');

export const LEAVE_DEAL = [
  'title: Leave deal for tram staff\ndate: 2025-05-22',
  'Under the deal, new mothers at CityLink Trams get 20 weeks of paid leave. The union wants the same for every father.',
].join('\n\n');
