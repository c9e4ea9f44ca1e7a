// The demo's sample entries: forty realistic CCHC initiatives (invented, with the usual topics of
// the plans: one-stop shops, digital signatures, e-services, open data), sent through the entry
// form by invented civil servants. Six are there to exercise the checks: two arrive after the
// window, one author sits on the judging panel, one group has five authors (Hậu Giang allows
// four), one entry nearly repeats another, and one unit sends nothing.

export interface SampleIdea {
  title: string;
  situation: string;
  solution: string;
}

export const SAMPLE_IDEAS: SampleIdea[] = [
  { title: 'Tra cứu tiến độ hồ sơ một cửa bằng mã QR', situation: 'Người dân phải gọi điện nhiều lần để hỏi hồ sơ đến đâu.', solution: 'In mã QR trên giấy biên nhận; quét mã để xem từng bước xử lý trên cổng dịch vụ công của tỉnh.' },
  { title: 'Ký số toàn bộ văn bản đi của Sở', situation: 'Văn bản giấy chờ lãnh đạo ký mất hai đến ba ngày.', solution: 'Cấp chữ ký số cá nhân cho lãnh đạo phòng; phát hành văn bản điện tử qua hệ thống quản lý văn bản.' },
  { title: 'Trợ lý ảo trả lời câu hỏi về thủ tục đất đai', situation: 'Bộ phận tiếp dân quá tải vào đầu tuần.', solution: 'Xây dựng kho câu hỏi thường gặp và trợ lý ảo trên Zalo trả lời tự động ngoài giờ hành chính.' },
  { title: 'Phiếu khảo sát hài lòng điện tử tại quầy', situation: 'Phiếu giấy ít người điền, khó tổng hợp.', solution: 'Đặt máy tính bảng tại quầy; kết quả đánh giá hiển thị theo ngày cho lãnh đạo.' },
  { title: 'Bản đồ số các điểm tiếp nhận hồ sơ cấp xã', situation: 'Sau sáp nhập, người dân không biết nộp hồ sơ ở đâu.', solution: 'Công bố vị trí, giờ làm việc và lĩnh vực tiếp nhận của từng điểm trên Google Maps.' },
  { title: 'Nhắc hạn giải quyết hồ sơ cho công chức qua tin nhắn', situation: 'Hồ sơ trễ hạn vì công chức không theo dõi kịp.', solution: 'Hệ thống tự gửi tin nhắn trước hạn ba ngày và báo lãnh đạo khi quá hạn.' },
  { title: 'Họp không giấy tại Ủy ban nhân dân xã', situation: 'Mỗi cuộc họp in hàng trăm trang tài liệu.', solution: 'Gửi tài liệu họp qua phần mềm; đại biểu xem trên máy tính bảng và biểu quyết điện tử.' },
  { title: 'Sổ tay thủ tục hành chính bằng hình ảnh cho người cao tuổi', situation: 'Người cao tuổi khó đọc văn bản hướng dẫn dài.', solution: 'Biên soạn sổ tay bằng tranh minh họa từng bước, phát tại nhà văn hóa ấp.' },
  { title: 'Liên thông khai sinh, thường trú và bảo hiểm y tế cho trẻ em', situation: 'Cha mẹ phải đi ba nơi để làm ba thủ tục.', solution: 'Một bộ hồ sơ điện tử duy nhất, công chức tư pháp chuyển tiếp cho công an và bảo hiểm xã hội.' },
  { title: 'Tổ công nghệ số cộng đồng tại từng ấp', situation: 'Tỷ lệ hồ sơ trực tuyến ở vùng nông thôn thấp.', solution: 'Đoàn viên thanh niên hướng dẫn người dân nộp hồ sơ trực tuyến ngay tại nhà vào cuối tuần.' },
  { title: 'Chuẩn hóa biểu mẫu điện tử điền sẵn thông tin', situation: 'Người dân khai lại thông tin đã có trong cơ sở dữ liệu dân cư.', solution: 'Kết nối định danh điện tử để biểu mẫu tự điền họ tên, ngày sinh, nơi cư trú.' },
  { title: 'Thanh toán phí, lệ phí bằng mã chuyển khoản', situation: 'Thu tiền mặt tại quầy mất thời gian đối chiếu.', solution: 'Mỗi hồ sơ có mã chuyển khoản riêng; hệ thống tự xác nhận khi tiền về tài khoản.' },
  { title: 'Trả kết quả thủ tục qua bưu điện tận nhà', situation: 'Người dân ở xa phải đi lại hai lần.', solution: 'Phối hợp bưu điện giao kết quả tận nhà, cước phí do người dân chọn khi nộp hồ sơ.' },
  { title: 'Lịch tiếp công dân trực tuyến của lãnh đạo', situation: 'Người dân đến chờ nhưng lãnh đạo đi công tác.', solution: 'Đăng ký lịch hẹn trên trang thông tin điện tử, nhận xác nhận qua tin nhắn.' },
  { title: 'Kho dữ liệu dùng chung về hộ kinh doanh', situation: 'Các phòng chuyên môn mỗi nơi giữ một danh sách khác nhau.', solution: 'Một bảng dữ liệu chung, mỗi phòng cập nhật phần việc của mình, có nhật ký chỉnh sửa.' },
  { title: 'Số hóa sổ hộ tịch lưu trữ từ năm 1990', situation: 'Tra cứu sổ giấy cũ mất cả buổi.', solution: 'Quét và nhập liệu sổ hộ tịch cũ; cấp bản sao trích lục trong ngày.' },
  { title: 'Đánh giá công chức theo kết quả xử lý hồ sơ', situation: 'Đánh giá cuối năm mang tính hình thức.', solution: 'Chấm điểm hằng tháng từ số hồ sơ đúng hạn, phản ánh và mức độ hài lòng.' },
  { title: 'Hộp thư góp ý điện tử có phản hồi công khai', situation: 'Góp ý của người dân không biết đã được xử lý chưa.', solution: 'Mỗi góp ý có mã theo dõi; câu trả lời được đăng công khai sau năm ngày làm việc.' },
  { title: 'Khung giờ ưu tiên cho người khuyết tật và phụ nữ mang thai', situation: 'Nhóm yếu thế phải chờ lâu như mọi người.', solution: 'Dành quầy và khung giờ riêng, đăng ký trước qua điện thoại.' },
  { title: 'Chuyển đổi số quy trình cấp giấy phép xây dựng nhà ở', situation: 'Hồ sơ bản vẽ giấy thường thiếu, phải bổ sung nhiều lần.', solution: 'Nộp bản vẽ điện tử, kiểm tra tự động các thành phần bắt buộc trước khi tiếp nhận.' },
  { title: 'Ứng dụng quản lý văn bản trên điện thoại cho cán bộ ấp', situation: 'Cán bộ ấp nhận văn bản chậm.', solution: 'Ứng dụng di động nhận văn bản chỉ đạo và báo cáo kết quả bằng hình ảnh.' },
  { title: 'Công khai chi tiêu ngân sách xã trên bảng tin điện tử', situation: 'Người dân ít biết ngân sách xã chi cho việc gì.', solution: 'Màn hình tại trụ sở và trang mạng hiển thị thu chi hằng quý theo từng công trình.' },
  { title: 'Tập huấn kỹ năng giao tiếp cho công chức một cửa', situation: 'Có phản ánh về thái độ phục vụ.', solution: 'Tập huấn tình huống thực tế mỗi quý và bình chọn công chức thân thiện.' },
  { title: 'Cắt giảm giấy tờ trong thủ tục trợ cấp xã hội', situation: 'Hồ sơ trợ cấp yêu cầu nhiều bản sao chứng thực.', solution: 'Khai thác dữ liệu đã có, bỏ yêu cầu bản sao, chỉ xem bản chính khi cần.' },
  { title: 'Camera giám sát quầy tiếp nhận kết nối với lãnh đạo', situation: 'Khó kiểm tra việc chấp hành giờ giấc.', solution: 'Lãnh đạo xem trực tuyến hoạt động của quầy và nhận cảnh báo khi quầy bỏ trống.' },
  { title: 'Dịch vụ công trực tuyến cho doanh nghiệp nhỏ tại khu công nghiệp', situation: 'Doanh nghiệp phải cử người lên tỉnh nộp hồ sơ lao động.', solution: 'Đặt điểm hỗ trợ tại ban quản lý khu công nghiệp, nộp trực tuyến có người hướng dẫn.' },
  { title: 'Thư viện mẫu văn bản hành chính dùng chung', situation: 'Mỗi cơ quan soạn văn bản theo thể thức khác nhau.', solution: 'Bộ mẫu đúng Nghị định 30, cập nhật khi có quy định mới.' },
  { title: 'Tiếp nhận phản ánh hiện trường qua ảnh chụp', situation: 'Phản ánh về đèn đường, rác thải chậm được xử lý.', solution: 'Người dân chụp ảnh gửi qua ứng dụng, hệ thống chuyển đến đơn vị phụ trách theo vị trí.' },
  { title: 'Đối thoại trực tuyến định kỳ giữa lãnh đạo và thanh niên', situation: 'Thanh niên ít tham gia góp ý chính sách.', solution: 'Tổ chức đối thoại trực tuyến mỗi quý, câu hỏi gửi trước và được trả lời công khai.' },
  { title: 'Giảm thời gian cấp phiếu lý lịch tư pháp', situation: 'Thời gian cấp phiếu kéo dài mười ngày.', solution: 'Xác minh trực tuyến với cơ sở dữ liệu lý lịch tư pháp, trả kết quả trong ba ngày.' },
  { title: 'Bảng điều hành số theo dõi chỉ tiêu cải cách hành chính', situation: 'Số liệu báo cáo phải tổng hợp thủ công.', solution: 'Bảng điều hành lấy dữ liệu tự động, cảnh báo chỉ tiêu chậm tiến độ.' },
  { title: 'Lưu trữ hồ sơ điện tử sau khi giải quyết thủ tục', situation: 'Kho lưu trữ giấy quá tải.', solution: 'Số hóa hồ sơ ngay khi trả kết quả, có mã tra cứu cho lần giải quyết sau.' },
  { title: 'Hướng dẫn thủ tục bằng video ngắn trên mạng xã hội', situation: 'Văn bản hướng dẫn khó hiểu với người trẻ.', solution: 'Mỗi thủ tục phổ biến có một video dưới hai phút đăng trên trang của xã.' },
  { title: 'Hẹn giờ nộp hồ sơ để tránh xếp hàng', situation: 'Sáng thứ hai người dân xếp hàng dài.', solution: 'Lấy số thứ tự trực tuyến theo khung giờ, nhận tin nhắn khi sắp đến lượt.' },
  { title: 'Kiểm soát nội bộ việc tiếp nhận hồ sơ qua nhật ký điện tử', situation: 'Có trường hợp tiếp nhận không ghi sổ.', solution: 'Mọi hồ sơ phải quét mã khi tiếp nhận; nhật ký điện tử không sửa được.' },
  { title: 'Hỗ trợ người dân cài đặt định danh điện tử mức hai', situation: 'Nhiều người chưa kích hoạt tài khoản định danh.', solution: 'Tổ công tác đến từng ấp hỗ trợ kích hoạt và hướng dẫn bảo mật tài khoản.' },
  { title: 'Liên kết dữ liệu thuế và đăng ký hộ kinh doanh', situation: 'Hộ kinh doanh khai thông tin hai lần cho hai cơ quan.', solution: 'Chia sẻ dữ liệu đăng ký sang cơ quan thuế ngay khi cấp giấy chứng nhận.' },
  { title: 'Chấm điểm mức độ số hóa của từng phòng chuyên môn', situation: 'Chưa đo được phòng nào số hóa tốt.', solution: 'Bộ tiêu chí mười điểm, công bố xếp hạng hằng quý.' },
  { title: 'Góc đọc pháp luật điện tử tại nhà văn hóa', situation: 'Người dân khó tiếp cận văn bản pháp luật mới.', solution: 'Màn hình tra cứu văn bản, có hướng dẫn tìm kiếm bằng giọng nói.' },
  { title: 'Đăng ký tạm trú trực tuyến cho công nhân thuê trọ', situation: 'Chủ nhà trọ ngại đi đăng ký cho người thuê.', solution: 'Chủ nhà trọ khai trên ứng dụng, công an xã xác nhận trong ngày.' },
];

/** A near-repeat of the first idea, worded a little differently. */
export const NEAR_DUPLICATE_IDEA: SampleIdea = {
  title: 'Tra cứu tiến độ hồ sơ một cửa qua mã QR',
  situation: 'Người dân gọi điện nhiều lần để hỏi hồ sơ.',
  solution: 'In mã QR trên giấy biên nhận; quét mã để xem từng bước xử lý trên cổng dịch vụ công.',
};

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Phan', 'Trương', 'Bùi', 'Đặng', 'Đỗ', 'Ngô', 'Hồ', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Ngọc', 'Hoàng', 'Thị Thu', 'Quốc', 'Hữu', 'Kim'];
const GIVEN = ['An', 'Bình', 'Châu', 'Dũng', 'Giang', 'Hạnh', 'Khang', 'Lan', 'Mai', 'Nam', 'Oanh', 'Phúc', 'Quyên', 'Sơn', 'Tâm', 'Uyên', 'Vinh', 'Xuân', 'Yến', 'Trí'];

export interface SampleAuthor {
  familyName: string;
  middleName: string;
  givenName: string;
  email: string;
}

/** A deterministic invented author; e-mail addresses use the reserved example domain. */
export function sampleAuthor(n: number): SampleAuthor {
  const familyName = FAMILY[n % FAMILY.length];
  const middleName = MIDDLE[(n * 7) % MIDDLE.length];
  const givenName = GIVEN[(n * 3) % GIVEN.length];
  return { familyName, middleName, givenName, email: `tacgia${String(n).padStart(2, '0')}@demo.example` };
}
