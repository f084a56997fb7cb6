/** The part of the day people name after a time ("7:00 sáng", "3 giờ chiều", "10 giờ tối"). */
export function partOfDay(hour: number): string {
  if (hour < 4) return 'đêm';
  if (hour < 11) return 'sáng';
  if (hour < 13) return 'trưa';
  if (hour < 18) return 'chiều';
  if (hour < 23) return 'tối';
  return 'đêm';
}
