// A made-up yearbook table of every prefecture-level city of Hunan, 2022 (no evaluation set's place or number): the
// field a city's position among its province's cities is worked out from (test/answer-position-among,
// test/answer-rvd35).
export const HUNAN_CITIES_TABLE = `---
title: "Hunan Statistical Yearbook - Imports and Exports by City, 2022"
published: "2023-09-10"
---
Hunan Statistical Yearbook 2023
Chapter 9 Foreign Trade 9-4 Total Imports and Exports by City (2022)
Unit: 10,000 yuan
| City | Imports and exports | Growth (%) |
| Changsha | 9,100,000 | 5.1 |
| Yueyang | 4,200,000 | 3.3 |
| Hengyang | 3,900,000 | 7.7 |
| Changde | 3,100,000 | 2.2 |
| Zhuzhou | 2,800,000 | 4.0 |
| Xiangtan | 2,500,000 | 1.9 |
| Chenzhou | 2,300,000 | 6.6 |
| Yongzhou | 1,700,000 | 8.8 |
| Shaoyang | 1,500,000 | 9.9 |
| Huaihua | 1,100,000 | 3.1 |
| Yiyang | 900,000 | 2.8 |
| Loudi | 800,000 | 1.2 |
| Zhangjiajie | 300,000 | 0.5 |
`;
