/**
 * The date a news lead opens with: "Chiều ngày 28/5/2022, …", "Sáng 3/6/2022, …", "Ngày
 * 28/5/2022 …", "Ngày 28 tháng 5 năm 2022, …". Only at the start of the paragraph, and only a
 * real calendar date: "ngày 28/5/2022" in the middle of a report is some other date.
 */
import { parseNewsDate } from '../document/news-date-input';

const TIME_OF_DAY = '(?:(?:rạng\\s+)?sáng|trưa|chiều|tối|đêm)';
const NUMERIC = new RegExp(`^\\s*(?:${TIME_OF_DAY}\\s+)?(?:(?:hôm\\s+)?nay\\s*\\(?\\s*)?(?:ngày\\s+)?(\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{4})`, 'iu');
const WORDS = new RegExp(`^\\s*(?:${TIME_OF_DAY}\\s+)?ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})`, 'iu');

/** The ISO date the paragraph opens with, or null. */
export function leadDate(paragraph: string): string | null {
  const text = paragraph.normalize('NFC');
  const numeric = NUMERIC.exec(text);
  if (numeric) return parseNewsDate(numeric[1].replace(/\s+/g, '')) || null;
  const words = WORDS.exec(text);
  if (words) return parseNewsDate(`${words[1]}/${words[2]}/${words[3]}`) || null;
  return null;
}
