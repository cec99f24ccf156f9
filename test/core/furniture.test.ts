// Related-article lists around a story hold other reports' headlines, never this report's figures.
import { extractFacts } from "../../src/core/extract";
import { relatedLists } from "../../src/core/text/furniture";
import { fold } from "../../src/core/text/fold";

const story = [
  "Kon Tum: thu ngân sách 9 tháng đạt 2.310 tỷ đồng",
  "",
  "Theo Sở Tài chính, 9 tháng năm 2024, tổng thu ngân sách trên địa bàn tỉnh ước đạt 2.310 tỷ đồng, bằng 71,5% dự toán, tăng 9,8% so với cùng kỳ. Tỉnh phấn đấu hoàn thành dự toán cả năm.",
  "",
];

const facts = (text: string) => extractFacts(text, { doc: "t.txt", entity: "Kon Tum", date: "2024-10-08" }).facts.filter((f) => !f.derived);

test.each([
  ["Tin liên quan", ["- Gia Lai: thu ngân sách 8 tháng vượt 80% dự toán năm", "- Đắk Lắk giải ngân vốn đầu tư công đạt gần 60% kế hoạch"]],
  ["Xem thêm:", ["Bình Định: GRDP 9 tháng tăng 7,2%"]],
  ["CÁC TIN KHÁC", ["Quảng Nam kết nạp 1.200 đảng viên mới", "", "Phú Yên: xuất khẩu đạt 312 triệu USD"]],
])("titles after '%s' give no facts", (head, titles) => {
  const plain = facts(story.join("\n"));
  const withList = facts([...story, head, ...titles, "", "Từ khóa: ngân sách"].join("\n"));
  expect(withList).toEqual(plain);
  expect(plain.map((f) => f.indicator)).toContain("budget_revenue");
});

test("a list ends where the story goes on", () => {
  const text = ["Tin liên quan", "- Gia Lai: thu ngân sách vượt 80% dự toán", "", story[2]].join("\n");
  const lists = relatedLists(fold(text));
  expect(lists).toHaveLength(1);
  expect(text.slice(lists[0][0], lists[0][1])).not.toContain("Sở Tài chính");
  expect(facts(text).some((f) => f.indicator === "budget_revenue" && f.value === 2310)).toBe(true);
});

test("an inline 'Xem thêm: …' link is one line, not the rest of the page", () => {
  const text = [story[2], "Xem thêm: Gia Lai thu ngân sách vượt 80% dự toán", "", "Năm 2024, tổng thu ngân sách trên địa bàn tỉnh phấn đấu đạt 3.200 tỷ đồng."].join("\n");
  const got = facts(text);
  expect(got.some((f) => f.value === 3200)).toBe(true);
  expect(got.some((f) => f.measure === "pct_of_plan" && f.value === 180)).toBe(false);
});
